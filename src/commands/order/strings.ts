import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';

export const orderStrings: Readonly<Record<Locale, CommandStrings>> = {
  en: {
    help: [
      {
        command: 'order <order-id> for <customer>',
        description: 'One order with its line items and subscriptions.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'order', description: 'One order with its line items: order <order-id> for <customer>' },
  },
  'pt-BR': {
    help: [
      {
        command: 'order <id-do-pedido> for <cliente>',
        description: 'Um pedido com seus itens de linha e assinaturas.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: 'order',
      description: 'Um pedido com seus itens de linha: order <id-do-pedido> for <cliente>',
    },
  },
  'zh-CN': {
    help: [
      { command: 'order <订单 ID> for <客户>', description: '一个订单及其订单项和订阅。', example: EXAMPLE },
    ],
    menu: { title: 'order', description: '一个订单及其订单项：order <订单 ID> for <客户>' },
  },
  it: {
    help: [
      {
        command: 'order <id-ordine> for <cliente>',
        description: 'Un ordine con le sue voci e sottoscrizioni.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'order', description: 'Un ordine con le sue voci: order <id-ordine> for <cliente>' },
  },
};
