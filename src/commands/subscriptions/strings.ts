import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso';
const MENU_TITLE = 'subscriptions for order';

/** Help, menu and the progress line ("Looking up the subscriptions of order {orderId}…", `{customer}` and `{orderId}` as typed). */
export interface SubscriptionsStrings extends CommandStrings {
  progress: string;
}

export const subscriptionsStrings: Readonly<Record<Locale, SubscriptionsStrings>> = {
  en: {
    progress: 'Looking up the subscriptions of order {orderId}…',
    help: [
      {
        command: 'subscriptions for order <order-id> for <customer>',
        description: 'The subscriptions an order created.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: MENU_TITLE,
      description: 'The subscriptions an order created: subscriptions for order <order-id> for <customer>',
    },
  },
  'pt-BR': {
    progress: 'Consultando as assinaturas do pedido {orderId}…',
    help: [
      {
        command: 'subscriptions for order <id-do-pedido> for <cliente>',
        description: 'As assinaturas criadas por um pedido.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        'As assinaturas criadas por um pedido: subscriptions for order <id-do-pedido> for <cliente>',
    },
  },
  'zh-CN': {
    progress: '正在查询订单 {orderId} 的订阅…',
    help: [
      {
        command: 'subscriptions for order <订单 ID> for <客户>',
        description: '某个订单创建的订阅。',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: MENU_TITLE,
      description: '某个订单创建的订阅：subscriptions for order <订单 ID> for <客户>',
    },
  },
  it: {
    progress: "Cerco le sottoscrizioni dell'ordine {orderId}…",
    help: [
      {
        command: 'subscriptions for order <id-ordine> for <cliente>',
        description: 'Le sottoscrizioni create da un ordine.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: MENU_TITLE,
      description: 'Le sottoscrizioni create da un ordine: subscriptions for order <id-ordine> for <cliente>',
    },
  },
};
