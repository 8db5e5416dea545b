import type { CommandStrings, Locale } from '../definition';

/** The sentences of its cards (the watch family's shared ones: shared/watch/texts.ts). */
const EN_CARD = {
  lastCopy: "The watch list cannot be read right now: this is this bot's last copy, from {time}.",
  noCopy: 'The watch list cannot be read right now. Try again in a minute.',
  listTitle: 'Watched orders',
  none: 'This conversation watches no orders. Try: watch order <order-id> for <customer>',
  listLine: '{order} · {customer} · {status} since {since}',
  // The watch's own start: when the order's status began is not known.
  listLineAtLeast: '{order} · {customer} · {status} since at least {since}',
};
export type WatchesCardStrings = typeof EN_CARD;

export interface WatchesStrings extends CommandStrings {
  card: WatchesCardStrings;
}

export const watchesStrings: Readonly<Record<Locale, WatchesStrings>> = {
  en: {
    card: EN_CARD,
    help: [{ command: 'watches', description: 'The orders this conversation watches.', example: 'watches' }],
    menu: { title: 'watches', description: 'The orders this conversation watches' },
  },
  'pt-BR': {
    card: {
      lastCopy:
        'A lista de acompanhamentos não pode ser lida agora: esta é a última cópia deste bot, de {time}.',
      noCopy: 'A lista de acompanhamentos não pode ser lida agora. Tente de novo em um minuto.',
      listTitle: 'Pedidos acompanhados',
      none: 'Esta conversa não acompanha pedidos. Para acompanhar um, clique em Acompanhar de um pedido pendente ou digite “acompanhar pedido <id-do-pedido> de <cliente>”.',
      listLine: '{order} · {customer} · {status} desde {since}',
      listLineAtLeast: '{order} · {customer} · {status} desde pelo menos {since}',
    },
    help: [
      { command: 'watches', description: 'Os pedidos que esta conversa acompanha.', example: 'watches' },
    ],
    menu: { title: 'acompanhamentos', description: 'Os pedidos que esta conversa acompanha' },
  },
  'zh-CN': {
    card: {
      lastCopy: '现在无法读取关注列表：以下是本机器人于 {time} 保存的最后副本。',
      noCopy: '现在无法读取关注列表。请一分钟后重试。',
      listTitle: '已关注的订单',
      none: '本对话没有关注任何订单。要关注订单，请使用待处理订单上的“关注”按钮，或输入“关注 <客户> 的订单 <订单 ID>”。',
      listLine: '{order} · {customer} · {status}（自 {since} 起）',
      listLineAtLeast: '{order} · {customer} · {status}（至少自 {since} 起）',
    },
    help: [{ command: 'watches', description: '本对话关注的订单。', example: 'watches' }],
    menu: { title: '关注列表', description: '本对话关注的订单' },
  },
  it: {
    card: {
      lastCopy:
        "L'elenco degli ordini seguiti non può essere letto ora: questa è l'ultima copia di questo bot, del {time}.",
      noCopy: "L'elenco degli ordini seguiti non può essere letto ora. Riprova tra un minuto.",
      listTitle: 'Ordini seguiti',
      none: 'Questa conversazione non segue ordini. Per seguirne uno, usa il pulsante Segui di un ordine in sospeso oppure scrivi “segui ordine <id-ordine> di <cliente>”.',
      listLine: '{order} · {customer} · {status} dal {since}',
      listLineAtLeast: '{order} · {customer} · {status} almeno dal {since}',
    },
    help: [
      { command: 'watches', description: 'Gli ordini seguiti da questa conversazione.', example: 'watches' },
    ],
    menu: { title: 'ordini seguiti', description: 'Gli ordini seguiti da questa conversazione' },
  },
};
