import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'unwatch 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

/** The sentences of its cards (the watch family's shared ones: shared/watch/texts.ts). */
const EN_CARD = {
  stopped: 'Stopped watching order {order}.',
  stoppedAll: 'Stopped {n} watches.',
  notWatched: 'This conversation does not watch order {order}.',
};
export type UnwatchCardStrings = typeof EN_CARD;

export interface UnwatchStrings extends CommandStrings {
  card: UnwatchCardStrings;
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    whichOrder: string;
  };
}

export const unwatchStrings: Readonly<Record<Locale, UnwatchStrings>> = {
  en: {
    card: EN_CARD,
    problems: {
      whichOrder: 'Which order? Try: unwatch <order-id>, or unwatch all',
    },
    help: [
      {
        command: 'unwatch <order-id | all>',
        description: 'Stop watching an order (or all) here.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'unwatch', description: 'Stop watching: unwatch <order-id | all>' },
  },
  'pt-BR': {
    card: {
      stopped: 'O pedido {order} não é mais acompanhado.',
      stoppedAll: '{n} acompanhamentos encerrados.',
      notWatched: 'Esta conversa não acompanha o pedido {order}.',
    },
    problems: {
      whichOrder: 'Qual pedido? Tente: unwatch <order-id>, ou unwatch all',
    },
    help: [
      {
        command: 'unwatch <id-do-pedido | all>',
        description: 'Para de acompanhar um pedido (ou todos) aqui.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'unwatch', description: 'Parar de acompanhar: unwatch <id-do-pedido | all>' },
  },
  'zh-CN': {
    card: {
      stopped: '已停止关注订单 {order}。',
      stoppedAll: '已停止 {n} 个关注。',
      notWatched: '本对话没有关注订单 {order}。',
    },
    problems: {
      whichOrder: '哪个订单？试试：unwatch <order-id>，或 unwatch all',
    },
    help: [
      {
        command: 'unwatch <订单 ID | all>',
        description: '在此停止关注一个订单（或全部）。',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'unwatch', description: '停止关注：unwatch <订单 ID | all>' },
  },
  it: {
    card: {
      stopped: "Non seguo più l'ordine {order}.",
      stoppedAll: 'Smesso di seguire {n} ordini.',
      notWatched: "Questa conversazione non segue l'ordine {order}.",
    },
    problems: {
      whichOrder: 'Quale ordine? Prova: unwatch <order-id>, oppure unwatch all',
    },
    help: [
      {
        command: 'unwatch <id-ordine | all>',
        description: 'Smetti di seguire un ordine (o tutti) qui.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'unwatch', description: 'Smetti di seguire: unwatch <id-ordine | all>' },
  },
};
