import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';

/** Help, menu and the progress line ("Looking up order {orderId} of {customer}…", `{customer}` and `{orderId}` as typed). */
export interface OrderStrings extends CommandStrings {
  progress: string;
}

export const orderStrings: Readonly<Record<Locale, OrderStrings>> = {
  en: {
    progress: 'Looking up order {orderId} of {customer}…',
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
    progress: 'Consultando o pedido {orderId} de {customer}…',
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
    progress: '正在查询 {customer} 的订单 {orderId}…',
    help: [
      { command: 'order <订单 ID> for <客户>', description: '一个订单及其订单项和订阅。', example: EXAMPLE },
    ],
    menu: { title: 'order', description: '一个订单及其订单项：order <订单 ID> for <客户>' },
  },
  it: {
    progress: "Cerco l'ordine {orderId} di {customer}…",
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
