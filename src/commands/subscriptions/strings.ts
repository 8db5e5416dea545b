import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso';
const MENU_TITLE = 'subscriptions for order';

export const subscriptionsStrings: Readonly<Record<Locale, CommandStrings>> = {
  en: {
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
