import type { CommandStrings, Locale } from '../definition';

const ONE = 'watch order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';
const PENDING = 'watch pending orders for contoso';

export const watchStrings: Readonly<Record<Locale, CommandStrings>> = {
  en: {
    help: [
      {
        command: 'watch order <order-id> for <customer>',
        description: 'This conversation hears when the order changes (until it completes, or 14 days).',
        example: ONE,
      },
      {
        command: 'watch pending orders for <customer>',
        description: 'Watch each order of the customer that is pending now.',
        example: PENDING,
      },
    ],
    menu: {
      title: 'watch',
      description: 'Hear here when an order changes: watch order <order-id> for <customer>',
    },
  },
  'pt-BR': {
    help: [
      {
        command: 'watch order <id-do-pedido> for <cliente>',
        description: 'Esta conversa é avisada quando o pedido muda (até ser concluído, ou 14 dias).',
        example: ONE,
      },
      {
        command: 'watch pending orders for <cliente>',
        description: 'Acompanha cada pedido do cliente que está pendente agora.',
        example: PENDING,
      },
    ],
    menu: {
      title: 'watch',
      description: 'Seja avisado aqui quando um pedido mudar: watch order <id-do-pedido> for <cliente>',
    },
  },
  'zh-CN': {
    help: [
      {
        command: 'watch order <订单 ID> for <客户>',
        description: '订单变化时本对话会收到通知（直到完成，或 14 天）。',
        example: ONE,
      },
      {
        command: 'watch pending orders for <客户>',
        description: '关注该客户当前每个待处理的订单。',
        example: PENDING,
      },
    ],
    menu: { title: 'watch', description: '订单变化时在此收到通知：watch order <订单 ID> for <客户>' },
  },
  it: {
    help: [
      {
        command: 'watch order <id-ordine> for <cliente>',
        description:
          "Questa conversazione è avvisata quando l'ordine cambia (finché è completato, o 14 giorni).",
        example: ONE,
      },
      {
        command: 'watch pending orders for <cliente>',
        description: 'Segue ogni ordine del cliente in sospeso ora.',
        example: PENDING,
      },
    ],
    menu: {
      title: 'watch',
      description: 'Avvisi qui quando un ordine cambia: watch order <id-ordine> for <cliente>',
    },
  },
};
