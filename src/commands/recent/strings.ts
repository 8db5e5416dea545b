import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'recent orders';

/** The words of its card (the shared words across customers are in shared/across/texts.ts). */
const EN_CARD = {
  title: 'Orders created or changed, all customers',
  subtitle: 'Changes as the index saw them: it notices a change when it next reads the customer.',
  period: 'Period',
  onDay: '{date}',
  between: '{from} – {to}',
  sinceDay: 'since {date}',
  ordersCount: plural({ one: '{n} order', other: '{n} orders' }),
  /** "12 orders at 5 customers". */
  headline: '{orders} at {customers}',
  created: 'Created {date}',
  createdChanged: 'Created {created}, changed {changed}',
  none: 'No orders created or changed in this period in the index.',
};
export type RecentCardStrings = typeof EN_CARD;

export interface RecentStrings extends CommandStrings {
  card: RecentCardStrings;
  progress: string;
}

export const recentStrings: Readonly<Record<Locale, RecentStrings>> = {
  en: {
    card: EN_CARD,
    progress: 'Looking for recent orders in the order index…',
    help: [
      {
        command: 'recent orders [today | this week | since <day>]',
        description:
          "Every customer's orders created or changed in a period (the last 7 days if none), from the order index.",
        example: 'orders today',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        "Every customer's orders created or changed lately, from the order index. Also: orders today, orders since monday",
    },
  },
  'pt-BR': {
    card: {
      title: 'Pedidos criados ou alterados, todos os clientes',
      subtitle: 'Alterações como o índice as viu: ele nota uma alteração quando lê o cliente de novo.',
      period: 'Período',
      onDay: '{date}',
      between: '{from} – {to}',
      sinceDay: 'desde {date}',
      ordersCount: plural({ zero: '{n} pedidos', one: '{n} pedido', other: '{n} pedidos' }),
      headline: '{orders} de {customers}',
      created: 'Criado em {date}',
      createdChanged: 'Criado em {created}, alterado em {changed}',
      none: 'Nenhum pedido criado ou alterado neste período no índice.',
    },
    progress: 'Procurando pedidos recentes no índice de pedidos…',
    help: [
      {
        command: 'recent orders [today | this week | since <dia>]',
        description:
          'Os pedidos de todos os clientes criados ou alterados num período (os últimos 7 dias, se nenhum), do índice de pedidos.',
        example: 'orders today',
      },
    ],
    menu: {
      title: 'pedidos recentes',
      description:
        'Pedidos de todos os clientes criados ou alterados há pouco, do índice. Também: “pedidos de hoje”, “pedidos desde segunda”',
    },
  },
  'zh-CN': {
    card: {
      title: '所有客户新建或变更的订单',
      subtitle: '按索引看到的变更：索引在下次读取该客户时才会发现变更。',
      period: '期间',
      onDay: '{date}',
      between: '{from}至 {to}',
      sinceDay: '自 {date}起',
      ordersCount: plural({ one: '{n} 个订单', other: '{n} 个订单' }),
      headline: '{customers}共 {orders}',
      created: '创建于 {date}',
      createdChanged: '创建于 {created}，变更于 {changed}',
      none: '索引中没有在此期间新建或变更的订单。',
    },
    progress: '正在订单索引中查找最近的订单…',
    help: [
      {
        command: 'recent orders [today | this week | since <日期>]',
        description: '所有客户在某一期间内新建或变更的订单（未指定则为最近 7 天），来自订单索引。',
        example: 'orders today',
      },
    ],
    menu: {
      title: '最近的订单',
      description: '所有客户最近新建或变更的订单，来自订单索引。也可以：“今天的订单”',
    },
  },
  it: {
    card: {
      title: 'Ordini creati o modificati, tutti i clienti',
      subtitle: "Modifiche come le ha viste l'indice: nota una modifica quando rilegge il cliente.",
      period: 'Periodo',
      onDay: '{date}',
      between: '{from} – {to}',
      sinceDay: 'dal {date}',
      ordersCount: plural({ one: '{n} ordine', other: '{n} ordini' }),
      headline: '{orders} di {customers}',
      created: 'Creato il {date}',
      createdChanged: 'Creato il {created}, modificato il {changed}',
      none: "Nessun ordine creato o modificato in questo periodo nell'indice.",
    },
    progress: "Cerco gli ordini recenti nell'indice degli ordini…",
    help: [
      {
        command: 'recent orders [today | this week | since <giorno>]',
        description:
          "Gli ordini di tutti i clienti creati o modificati in un periodo (gli ultimi 7 giorni se non indicato), dall'indice degli ordini.",
        example: 'orders today',
      },
    ],
    menu: {
      title: 'ordini recenti',
      description:
        "Ordini di tutti i clienti creati o modificati di recente, dall'indice. Anche: “ordini di oggi”",
    },
  },
};
