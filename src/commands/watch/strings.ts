import type { CommandStrings, Locale } from '../definition';

const ONE = 'watch order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';
const PENDING = 'watch pending orders for contoso';

export interface WatchStrings extends CommandStrings {
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    whichOrder: string;
    whichCustomer: string;
  };
}

export const watchStrings: Readonly<Record<Locale, WatchStrings>> = {
  en: {
    problems: {
      whichOrder: 'Which order? Try: watch order <order-id> for contoso, or watch pending orders for contoso',
      whichCustomer: 'Which customer? Try: {example} for contoso',
    },
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
    problems: {
      whichOrder:
        'Qual pedido? Tente: watch order <order-id> for contoso, ou watch pending orders for contoso',
      whichCustomer: 'Qual cliente? Tente: {example} for contoso',
    },
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
    problems: {
      whichOrder: '哪个订单？试试：watch order <order-id> for contoso，或 watch pending orders for contoso',
      whichCustomer: '哪个客户？试试：{example} for contoso',
    },
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
    problems: {
      whichOrder:
        'Quale ordine? Prova: watch order <order-id> for contoso, oppure watch pending orders for contoso',
      whichCustomer: 'Quale cliente? Prova: {example} for contoso',
    },
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
