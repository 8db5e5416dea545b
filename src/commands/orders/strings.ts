import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'orders for';

/** The words of its cards, on top of the shared table (src/cards/strings) as the templates' `t`. */
const EN_CARD = {
  totalNotCancelled: 'Total (cancelled orders excluded)',
  prices: 'Prices',
  systemPurchases: 'System purchases',
  byStatus: 'By status',
  byBillingCycle: 'By billing cycle',
  pricesIncluded: 'Included',
  systemPurchasesIncluded: 'Included',
  notReturned: 'Not returned',

  noFilters: 'No filters: showing all orders.',
  createdSince: 'from {date}',
  createdUntil: 'until {date}',
  createdBetween: '{from} – {to}',
  pageRange: '{from}–{to} of {total}, newest first',
  showMore: 'Show more ({from}–{to} of {total})',
  moreLines: '+{n} more',
  noOrders: 'No orders match.',
  showPrevious: 'Previous ({from}–{to} of {total})',
  narrowByDate: 'To narrow the list, add dates: {example}',

  ordersCount: plural({ one: '{n} order', other: '{n} orders' }),
  pendingCount: plural({ one: '{n} pending', other: '{n} pending' }),
  filters: 'Filters',
};
export type OrdersCardStrings = typeof EN_CARD;

/** Help, menu and the progress line ("Looking up the orders of {customer}…", `{customer}` and `{orderId}` as typed). */
export interface OrdersStrings extends CommandStrings {
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    whichCustomer: string;
  };
  card: OrdersCardStrings;
  progress: string;
}

export const ordersStrings: Readonly<Record<Locale, OrdersStrings>> = {
  en: {
    problems: {
      whichCustomer: 'Which customer? Try: orders for contoso',
    },
    card: EN_CARD,
    progress: 'Looking up the orders of {customer}…',
    help: [
      {
        command: 'orders for <customer>',
        description: "All of a customer's orders, newest first.",
        example: 'orders for contoso',
      },
      {
        command: 'orders for <customer> <billing cycle>',
        description: 'Orders with one billing cycle: monthly, annual, one-time, triennial…',
        example: 'orders for contoso.onmicrosoft.com monthly',
      },
      {
        command: 'orders for <customer> via <reseller> [with prices] [including system purchases]',
        description:
          'Orders placed through an indirect reseller, optionally with prices and system purchases.',
        example: 'orders for contoso via woodgrove with prices',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        "A customer's orders, newest first. Example: orders for contoso (add monthly, annual… or via <reseller>)",
    },
  },
  'pt-BR': {
    problems: {
      whichCustomer: 'Qual cliente? Tente: “pedidos de contoso”',
    },
    card: {
      totalNotCancelled: 'Total (sem pedidos cancelados)',
      prices: 'Preços',
      systemPurchases: 'Compras do sistema',
      byStatus: 'Por status',
      byBillingCycle: 'Por ciclo de cobrança',
      // Agreeing with "Preços" and "Compras do sistema".
      pricesIncluded: 'Incluídos',
      systemPurchasesIncluded: 'Incluídas',
      notReturned: 'Não informado',

      noFilters: 'Sem filtros: mostrando todos os pedidos.',
      createdSince: 'a partir de {date}',
      createdUntil: 'até {date}',
      createdBetween: '{from} – {to}',
      pageRange: '{from}–{to} de {total}, mais recentes primeiro',
      showMore: 'Mostrar mais ({from}–{to} de {total})',
      moreLines: '+{n} outros',
      noOrders: 'Nenhum pedido corresponde.',
      showPrevious: 'Anteriores ({from}–{to} de {total})',
      narrowByDate: 'Para restringir a lista, adicione datas: {example}',

      ordersCount: { zero: '{n} pedidos', one: '{n} pedido', other: '{n} pedidos' },
      pendingCount: { zero: '{n} pendentes', one: '{n} pendente', other: '{n} pendentes' },
      filters: 'Filtros',
    },
    progress: 'Consultando os pedidos de {customer}…',
    help: [
      {
        command: 'orders for <cliente>',
        description: 'Todos os pedidos de um cliente, os mais recentes primeiro.',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <cliente> <ciclo de cobrança>',
        description: 'Pedidos de um ciclo de cobrança: mensais, anuais, pagamento único, trienais…',
        example: 'orders for contoso.onmicrosoft.com monthly',
      },
      {
        command: 'orders for <cliente> via <revendedor> [with prices] [including system purchases]',
        description:
          'Pedidos feitos por um revendedor indireto, opcionalmente com preços e compras do sistema.',
        example: 'orders for contoso via woodgrove with prices',
      },
    ],
    menu: {
      title: 'pedidos de',
      description:
        'Pedidos de um cliente, os mais recentes primeiro. Ex.: “pedidos de contoso” (com “mensais”, “anuais”… ou “via <revendedor>”)',
    },
  },
  'zh-CN': {
    problems: {
      whichCustomer: '哪个客户？请试试“contoso 的订单”。',
    },
    card: {
      totalNotCancelled: '总计（不含已取消的订单）',
      prices: '价格',
      systemPurchases: '系统购买',
      byStatus: '按状态',
      byBillingCycle: '按计费周期',
      pricesIncluded: '已包含',
      systemPurchasesIncluded: '已包含',
      notReturned: '未返回',

      noFilters: '无筛选条件：显示所有订单。',
      createdSince: '自 {date}起',
      createdUntil: '截至 {date}',
      createdBetween: '{from}至 {to}',
      pageRange: '第 {from}–{to} 个，共 {total} 个，最新的在前',
      showMore: '显示更多（第 {from}–{to} 个，共 {total} 个）',
      moreLines: '另外 {n} 项',
      noOrders: '没有匹配的订单。',
      showPrevious: '上一页（第 {from}–{to} 个，共 {total} 个）',
      narrowByDate: '要缩小列表范围，请添加日期：{example}',

      ordersCount: { one: '{n} 个订单', other: '{n} 个订单' },
      pendingCount: { one: '{n} 个待处理订单', other: '{n} 个待处理订单' },
      filters: '筛选条件',
    },
    progress: '正在查询 {customer} 的订单…',
    help: [
      {
        command: 'orders for <客户>',
        description: '客户的所有订单，最新的在前。',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <客户> <计费周期>',
        description: '某个计费周期的订单：月度、年度、一次性、三年期…',
        example: 'orders for contoso.onmicrosoft.com monthly',
      },
      {
        command: 'orders for <客户> via <经销商> [with prices] [including system purchases]',
        description: '通过间接经销商下的订单，可选择包含价格和系统购买。',
        example: 'orders for contoso via woodgrove with prices',
      },
    ],
    menu: {
      title: '订单',
      description:
        '客户的订单，最新的在前。示例：“contoso 的订单”（也可以是“contoso 的月度订单”或“contoso 的订单 通过 <经销商>”）',
    },
  },
  it: {
    problems: {
      whichCustomer: 'Quale cliente? Prova “ordini di contoso”',
    },
    card: {
      totalNotCancelled: 'Totale (esclusi gli ordini annullati)',
      prices: 'Prezzi',
      systemPurchases: 'Acquisti di sistema',
      byStatus: 'Per stato',
      byBillingCycle: 'Per ciclo di fatturazione',
      pricesIncluded: 'Inclusi',
      systemPurchasesIncluded: 'Inclusi',
      notReturned: 'Non restituito',

      noFilters: 'Nessun filtro: sono mostrati tutti gli ordini.',
      createdSince: 'dal {date}',
      createdUntil: 'fino al {date}',
      createdBetween: '{from} – {to}',
      pageRange: '{from}–{to} di {total}, dal più recente',
      showMore: 'Mostra altri ({from}–{to} di {total})',
      moreLines: '+{n} altre',
      noOrders: 'Nessun ordine corrisponde.',
      showPrevious: 'Precedenti ({from}–{to} di {total})',
      narrowByDate: "Per restringere l'elenco, aggiungi delle date: {example}",

      ordersCount: { one: '{n} ordine', other: '{n} ordini' },
      pendingCount: { one: '{n} in sospeso', other: '{n} in sospeso' },
      filters: 'Filtri',
    },
    progress: 'Cerco gli ordini di {customer}…',
    help: [
      {
        command: 'orders for <cliente>',
        description: 'Tutti gli ordini di un cliente, dal più recente.',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <cliente> <ciclo di fatturazione>',
        description: 'Ordini con un ciclo di fatturazione: mensili, annuali, una tantum, triennali…',
        example: 'orders for contoso.onmicrosoft.com monthly',
      },
      {
        command: 'orders for <cliente> via <rivenditore> [with prices] [including system purchases]',
        description:
          'Ordini effettuati tramite un rivenditore indiretto, facoltativamente con prezzi e acquisti di sistema.',
        example: 'orders for contoso via woodgrove with prices',
      },
    ],
    menu: {
      title: 'ordini di',
      description:
        'Gli ordini di un cliente, dal più recente. Es.: “ordini di contoso” (aggiungi “mensili”, “annuali”… o “tramite <rivenditore>”)',
    },
  },
};
