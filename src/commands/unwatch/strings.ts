import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'unwatch 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

/** The sentences of its cards (the watch family's shared ones: shared/watch/texts.ts). */
const EN_CARD = {
  /** Headings of its answers (what was asked, in words, not as command text). */
  titleOne: 'Stop watching order {order}',
  titleAll: 'Stop watching all orders',
  stopped: 'Stopped watching order {order}.',
  stoppedAll: plural({
    zero: 'This conversation watches no orders: there was nothing to stop.',
    one: 'Stopped {n} watch.',
    other: 'Stopped {n} watches.',
  }),
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
      titleOne: 'Parar de acompanhar o pedido {order}',
      titleAll: 'Parar de acompanhar todos os pedidos',
      stopped: 'O pedido {order} não é mais acompanhado.',
      stoppedAll: plural({
        zero: 'Esta conversa não acompanha nenhum pedido: não havia nada a parar.',
        one: '{n} acompanhamento encerrado.',
        other: '{n} acompanhamentos encerrados.',
      }),
      notWatched: 'Esta conversa não acompanha o pedido {order}.',
    },
    problems: {
      whichOrder: 'Qual pedido? Tente: “parar de acompanhar <id-do-pedido>” ou “parar de acompanhar todos”',
    },
    help: [
      {
        command: 'unwatch <id-do-pedido | all>',
        description: 'Para de acompanhar um pedido (ou todos) aqui.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: 'parar de acompanhar',
      description: 'Parar de acompanhar: “parar de acompanhar <id-do-pedido | todos>”',
    },
  },
  'zh-CN': {
    card: {
      titleOne: '停止关注订单 {order}',
      titleAll: '停止关注所有订单',
      stopped: '已停止关注订单 {order}。',
      stoppedAll: plural({
        zero: '本对话没有关注任何订单，无需停止。',
        one: '已停止关注 {n} 个订单。',
        other: '已停止关注 {n} 个订单。',
      }),
      notWatched: '本对话没有关注订单 {order}。',
    },
    problems: {
      whichOrder: '哪个订单？试试“取消关注 <订单 ID>”或“取消关注 全部”。',
    },
    help: [
      {
        command: 'unwatch <订单 ID | all>',
        description: '在此停止关注一个订单（或全部）。',
        example: EXAMPLE,
      },
    ],
    menu: { title: '停止关注', description: '停止关注：“取消关注 <订单 ID | 全部>”' },
  },
  it: {
    card: {
      titleOne: "Smetti di seguire l'ordine {order}",
      titleAll: 'Smetti di seguire tutti gli ordini',
      stopped: "Non seguo più l'ordine {order}.",
      stoppedAll: plural({
        zero: "Questa conversazione non segue nessun ordine: non c'era niente da interrompere.",
        one: 'Non seguo più {n} ordine.',
        other: 'Non seguo più {n} ordini.',
      }),
      notWatched: "Questa conversazione non segue l'ordine {order}.",
    },
    problems: {
      whichOrder: 'Quale ordine? Prova “smetti di seguire <id-ordine>” oppure “smetti di seguire tutti”',
    },
    help: [
      {
        command: 'unwatch <id-ordine | all>',
        description: 'Smetti di seguire un ordine (o tutti) qui.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: 'smetti di seguire',
      description: 'Smetti di seguire: “smetti di seguire <id-ordine | tutti>”',
    },
  },
};
