import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'orders for';

/** Help, menu and the progress line ("Looking up the orders of {customer}…", `{customer}` and `{orderId}` as typed). */
export interface OrdersStrings extends CommandStrings {
  progress: string;
}

export const ordersStrings: Readonly<Record<Locale, OrdersStrings>> = {
  en: {
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
    progress: 'Consultando os pedidos de {customer}…',
    help: [
      {
        command: 'orders for <cliente>',
        description: 'Todos os pedidos de um cliente, os mais recentes primeiro.',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <cliente> <ciclo de cobrança>',
        description: 'Pedidos de um ciclo de cobrança: monthly, annual, one-time, triennial…',
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
      title: MENU_TITLE,
      description:
        'Pedidos de um cliente, mais recentes primeiro. Ex.: orders for contoso (com monthly, annual… ou via <revendedor>)',
    },
  },
  'zh-CN': {
    progress: '正在查询 {customer} 的订单…',
    help: [
      {
        command: 'orders for <客户>',
        description: '客户的所有订单，最新的在前。',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <客户> <计费周期>',
        description: '某个计费周期的订单：monthly、annual、one-time、triennial…',
        example: 'orders for contoso.onmicrosoft.com monthly',
      },
      {
        command: 'orders for <客户> via <经销商> [with prices] [including system purchases]',
        description: '通过间接经销商下的订单，可选择包含价格和系统购买。',
        example: 'orders for contoso via woodgrove with prices',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        '客户的订单，最新的在前。示例：orders for contoso（可加 monthly、annual… 或 via <经销商>）',
    },
  },
  it: {
    progress: 'Cerco gli ordini di {customer}…',
    help: [
      {
        command: 'orders for <cliente>',
        description: 'Tutti gli ordini di un cliente, dal più recente.',
        example: 'orders for contoso',
      },
      {
        command: 'orders for <cliente> <ciclo di fatturazione>',
        description: 'Ordini con un ciclo di fatturazione: monthly, annual, one-time, triennial…',
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
      title: MENU_TITLE,
      description:
        'Gli ordini di un cliente, dal più recente. Esempio: orders for contoso (aggiungi monthly, annual… o via <rivenditore>)',
    },
  },
};
