// The sentences of the watch cards and notices, per locale (command keywords stay English: the parser reads them).
import { languageOf } from '../../../cards/strings';
import type { Locale } from '../../definition';

export interface WatchTexts {
  watch: string;
  stopWatching: string;
  details: string;
  watching: string;
  watchingMany: string;
  duplicate: string;
  cap: string;
  finished: string;
  noPending: string;
  unavailable: string;
  inProcess: string;
  storeDown: string;
  lastCopy: string;
  noCopy: string;
  listTitle: string;
  none: string;
  listLine: string;
  stopped: string;
  stoppedAll: string;
  notWatched: string;
  noticeTitle: string;
  noticeChange: string;
  noticeProvisioning: string;
  noticeSince: string;
  noticeSubscriptions: string;
  noticeNoSubscriptions: string;
  noticeEnded: string;
  expired: string;
}

const TEXTS: Readonly<Record<Locale, WatchTexts>> = {
  en: {
    watch: 'Watch',
    stopWatching: 'Stop watching',
    details: 'Details',
    watching: 'Watching order {order} of {customer} (now {status}). This conversation hears when it changes.',
    watchingMany: 'Watching {n} pending orders of {customer}. This conversation hears when they change.',
    duplicate: 'This conversation already watches order {order}.',
    cap: 'You already hold {max} watches, the most allowed. Stop one first: unwatch <order id>.',
    finished: 'Order {order} is already {status}: there is nothing to watch.',
    noPending: '{customer} has no pending orders to watch.',
    unavailable: 'Watching orders is not available here.',
    inProcess: 'Watches live in this bot process only: a restart forgets them.',
    storeDown:
      "Watches cannot be changed right now: the bot's shared store does not answer. Try again in a minute, then check with: watches",
    lastCopy: "The watch list cannot be read right now: this is this bot's last copy, from {time}.",
    noCopy: 'The watch list cannot be read right now. Try again in a minute.',
    listTitle: 'Watched orders',
    none: 'This conversation watches no orders. Try: watch order <order-id> for <customer>',
    listLine: '{order} · {customer} · {status} since {since}',
    stopped: 'Stopped watching order {order}.',
    stoppedAll: 'Stopped {n} watches.',
    notWatched: 'This conversation does not watch order {order}.',
    noticeTitle: 'Order {order} of {customer} changed',
    noticeChange: 'Status: {from} → {to}',
    noticeProvisioning: 'Provisioning: {from} → {to}',
    noticeSince: 'It was {from} since {since}.',
    noticeSubscriptions: 'Subscriptions it created: {list}',
    noticeNoSubscriptions: 'It has created no subscriptions yet.',
    noticeEnded: 'The watch ends: the order is {status}.',
    expired: 'Stopped watching order {order} of {customer}: the watch expired after {days} days.',
  },
  'pt-BR': {
    watch: 'Acompanhar',
    stopWatching: 'Parar de acompanhar',
    details: 'Detalhes',
    watching:
      'Acompanhando o pedido {order} de {customer} (agora {status}). Esta conversa será avisada quando mudar.',
    watchingMany:
      'Acompanhando {n} pedidos pendentes de {customer}. Esta conversa será avisada quando mudarem.',
    duplicate: 'Esta conversa já acompanha o pedido {order}.',
    cap: 'Você já tem {max} acompanhamentos, o máximo permitido. Pare um antes: unwatch <order id>.',
    finished: 'O pedido {order} já está {status}: não há o que acompanhar.',
    noPending: '{customer} não tem pedidos pendentes para acompanhar.',
    unavailable: 'Acompanhar pedidos não está disponível aqui.',
    inProcess: 'Os acompanhamentos ficam só neste processo do bot: uma reinicialização os esquece.',
    storeDown:
      'Os acompanhamentos não podem ser alterados agora: o armazenamento compartilhado do bot não responde. Tente de novo em um minuto e confira com: watches',
    lastCopy:
      'A lista de acompanhamentos não pode ser lida agora: esta é a última cópia deste bot, de {time}.',
    noCopy: 'A lista de acompanhamentos não pode ser lida agora. Tente de novo em um minuto.',
    listTitle: 'Pedidos acompanhados',
    none: 'Esta conversa não acompanha pedidos. Tente: watch order <order-id> for <customer>',
    listLine: '{order} · {customer} · {status} desde {since}',
    stopped: 'O pedido {order} não é mais acompanhado.',
    stoppedAll: '{n} acompanhamentos encerrados.',
    notWatched: 'Esta conversa não acompanha o pedido {order}.',
    noticeTitle: 'O pedido {order} de {customer} mudou',
    noticeChange: 'Status: {from} → {to}',
    noticeProvisioning: 'Provisionamento: {from} → {to}',
    noticeSince: 'Estava {from} desde {since}.',
    noticeSubscriptions: 'Assinaturas criadas: {list}',
    noticeNoSubscriptions: 'Ainda não criou assinaturas.',
    noticeEnded: 'O acompanhamento termina: o pedido está {status}.',
    expired: 'O pedido {order} de {customer} não é mais acompanhado: expirou após {days} dias.',
  },
  'zh-CN': {
    watch: '关注',
    stopWatching: '停止关注',
    details: '详细信息',
    watching: '正在关注 {customer} 的订单 {order}（当前 {status}）。订单变化时本对话会收到通知。',
    watchingMany: '正在关注 {customer} 的 {n} 个待处理订单。订单变化时本对话会收到通知。',
    duplicate: '本对话已在关注订单 {order}。',
    cap: '你已有 {max} 个关注，已达上限。请先停止一个：unwatch <order id>。',
    finished: '订单 {order} 已是 {status}：无需关注。',
    noPending: '{customer} 没有可关注的待处理订单。',
    unavailable: '此处无法关注订单。',
    inProcess: '关注只保存在本机器人进程中：重启后会丢失。',
    storeDown: '现在无法更改关注：机器人的共享存储没有响应。请一分钟后重试，然后用 watches 查看。',
    lastCopy: '现在无法读取关注列表：以下是本机器人于 {time} 保存的最后副本。',
    noCopy: '现在无法读取关注列表。请一分钟后重试。',
    listTitle: '已关注的订单',
    none: '本对话没有关注任何订单。试试：watch order <order-id> for <customer>',
    listLine: '{order} · {customer} · 自 {since} 起为 {status}',
    stopped: '已停止关注订单 {order}。',
    stoppedAll: '已停止 {n} 个关注。',
    notWatched: '本对话没有关注订单 {order}。',
    noticeTitle: '{customer} 的订单 {order} 已变化',
    noticeChange: '状态：{from} → {to}',
    noticeProvisioning: '预配：{from} → {to}',
    noticeSince: '自 {since} 起为 {from}。',
    noticeSubscriptions: '它创建的订阅：{list}',
    noticeNoSubscriptions: '尚未创建订阅。',
    noticeEnded: '关注结束：订单已是 {status}。',
    expired: '已停止关注 {customer} 的订单 {order}：关注在 {days} 天后过期。',
  },
  it: {
    watch: 'Segui',
    stopWatching: 'Smetti di seguire',
    details: 'Dettagli',
    watching:
      "Seguo l'ordine {order} di {customer} (ora {status}). Questa conversazione sarà avvisata quando cambia.",
    watchingMany:
      'Seguo {n} ordini in sospeso di {customer}. Questa conversazione sarà avvisata quando cambiano.',
    duplicate: "Questa conversazione segue già l'ordine {order}.",
    cap: 'Hai già {max} ordini seguiti, il massimo consentito. Smetti di seguirne uno: unwatch <order id>.',
    finished: "L'ordine {order} è già {status}: non c'è nulla da seguire.",
    noPending: '{customer} non ha ordini in sospeso da seguire.',
    unavailable: 'Seguire gli ordini non è disponibile qui.',
    inProcess: 'Gli ordini seguiti restano solo in questo processo del bot: un riavvio li dimentica.',
    storeDown:
      "Gli ordini seguiti non possono essere modificati ora: l'archivio condiviso del bot non risponde. Riprova tra un minuto, poi controlla con: watches",
    lastCopy:
      "L'elenco degli ordini seguiti non può essere letto ora: questa è l'ultima copia di questo bot, delle {time}.",
    noCopy: "L'elenco degli ordini seguiti non può essere letto ora. Riprova tra un minuto.",
    listTitle: 'Ordini seguiti',
    none: 'Questa conversazione non segue ordini. Prova: watch order <order-id> for <customer>',
    listLine: '{order} · {customer} · {status} dal {since}',
    stopped: "Non seguo più l'ordine {order}.",
    stoppedAll: 'Smesso di seguire {n} ordini.',
    notWatched: "Questa conversazione non segue l'ordine {order}.",
    noticeTitle: "L'ordine {order} di {customer} è cambiato",
    noticeChange: 'Stato: {from} → {to}',
    noticeProvisioning: 'Provisioning: {from} → {to}',
    noticeSince: 'Era {from} dal {since}.',
    noticeSubscriptions: 'Sottoscrizioni create: {list}',
    noticeNoSubscriptions: 'Non ha ancora creato sottoscrizioni.',
    noticeEnded: "Il monitoraggio termina: l'ordine è {status}.",
    expired: "Non seguo più l'ordine {order} di {customer}: il monitoraggio è scaduto dopo {days} giorni.",
  },
};

export function watchTexts(locale: string): WatchTexts {
  return TEXTS[languageOf(locale)];
}
