import type { CommandStrings, Locale } from '../definition';

const ONE = 'watch order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';
const PENDING = 'watch pending orders for contoso';

/** The sentences of its cards (the watch family's shared ones: shared/watch/texts.ts). */
const EN_CARD = {
  /** Headings of its answers (what was asked, in words, not as command text). */
  titleOne: 'Watch order {order}',
  titlePending: 'Watch pending orders',
  watching: 'Watching order {order} of {customer} (now {status}). This conversation hears when it changes.',
  watchingMany: 'Watching {n} pending orders of {customer}. This conversation hears when they change.',
  watchingSome:
    'Watching {n} of the {total} pending orders of {customer}. This conversation hears when they change.',
  duplicate: 'This conversation already watches order {order}.',
  duplicatesMany: 'This conversation already watches {n} of them.',
  cap: 'You already hold the most watches allowed ({max}). To make room, see them with: watches, then stop one with: unwatch <order id> (or unwatch all).',
  capSkipped:
    'Skipped {n} at the cap: you hold the most watches allowed ({max}). To make room, see them with: watches, then stop some with: unwatch <order id> (or unwatch all).',
  finished: 'Order {order} is already {status}: there is nothing to watch.',
  noPending: '{customer} has no pending orders to watch.',
  inProcess: 'Watches live in this bot process only: a restart forgets them.',
  noticeTitle: 'Order {order} of {customer} changed',
  noticeChange: 'Status: {from} → {to}',
  noticeProvisioning: 'Provisioning: {from} → {to}',
  noticeWasFor: 'It was {status} for {duration}, since {since}.',
  noticeHasBeenFor: 'It has been {status} for {duration}, since {since}.',
  noticeWasAtLeast: 'It was {status} since at least {since}, when the watch started.',
  noticeHasBeenAtLeast: 'It has been {status} since at least {since}, when the watch started.',
  noticeSubscriptions: 'Subscriptions it created ({n}):',
  noticeSubscription: '{name}, quantity {quantity}, id {id}',
  noticeMoreSubscriptions: 'And {n} more: Details lists them all.',
  noticeNoSubscriptions: 'It has created no subscriptions yet.',
  noticeCreatedNone: 'It created no subscriptions.',
  noticeSubscriptionsUnread: 'Its subscriptions could not be read just now: Details lists them.',
  noticeEnded: 'The watch ends: the order is {status}.',
  expiredTitle: 'No longer watching order {order} of {customer}',
  expired: 'Stopped watching order {order} of {customer}: the watch expired after {duration}.',
};
export type WatchCardStrings = typeof EN_CARD;

export interface WatchStrings extends CommandStrings {
  card: WatchCardStrings;
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    whichOrder: string;
    whichCustomer: string;
  };
}

export const watchStrings: Readonly<Record<Locale, WatchStrings>> = {
  en: {
    card: EN_CARD,
    problems: {
      whichOrder: 'Which order? Try: watch order <order-id> for contoso, or watch pending orders for contoso',
      whichCustomer: 'Which customer? Try: {example}',
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
    card: {
      titleOne: 'Acompanhar o pedido {order}',
      titlePending: 'Acompanhar os pedidos pendentes',
      watching:
        'Acompanhando o pedido {order} de {customer} (agora {status}). Esta conversa será avisada quando ele mudar.',
      watchingMany:
        'Acompanhando {n} pedidos pendentes de {customer}. Esta conversa será avisada quando mudarem.',
      watchingSome:
        'Acompanhando {n} dos {total} pedidos pendentes de {customer}. Esta conversa será avisada quando mudarem.',
      duplicate: 'Esta conversa já acompanha o pedido {order}.',
      duplicatesMany: 'Esta conversa já acompanha {n} deles.',
      cap: 'Você já acompanha o máximo de pedidos permitido ({max}). Para liberar espaço, pare de acompanhar algum na lista de pedidos acompanhados.',
      capSkipped:
        '{n} ficaram de fora por causa do limite: você já acompanha o máximo de pedidos permitido ({max}). Para liberar espaço, pare de acompanhar alguns na lista de pedidos acompanhados.',
      finished: 'O pedido {order} já está {status}: não há o que acompanhar.',
      noPending: '{customer} não tem pedidos pendentes para acompanhar.',
      inProcess: 'Os acompanhamentos ficam só neste processo do bot: uma reinicialização os esquece.',
      noticeTitle: 'O pedido {order} de {customer} mudou',
      noticeChange: 'Status: {from} → {to}',
      noticeProvisioning: 'Provisionamento: {from} → {to}',
      noticeWasFor: 'Ficou {status} por {duration}, desde {since}.',
      noticeHasBeenFor: 'Está {status} há {duration}, desde {since}.',
      noticeWasAtLeast: 'Estava {status} pelo menos desde {since}, quando o acompanhamento começou.',
      noticeHasBeenAtLeast: 'Está {status} pelo menos desde {since}, quando o acompanhamento começou.',
      noticeSubscriptions: 'Assinaturas criadas ({n}):',
      noticeSubscription: '{name}, quantidade {quantity}, ID {id}',
      noticeMoreSubscriptions: 'E mais {n}: o botão Detalhes mostra todas.',
      noticeNoSubscriptions: 'Ainda não criou assinaturas.',
      noticeCreatedNone: 'Não criou assinaturas.',
      noticeSubscriptionsUnread: 'Não foi possível ler as assinaturas agora: o botão Detalhes as mostra.',
      noticeEnded: 'O acompanhamento termina: o pedido está {status}.',
      expiredTitle: 'O pedido {order} de {customer} não é mais acompanhado',
      expired:
        'O pedido {order} de {customer} não é mais acompanhado: o acompanhamento expirou após {duration}.',
    },
    problems: {
      whichOrder:
        'Qual pedido? Tente: “acompanhar pedido <id-do-pedido> de contoso” ou “acompanhar pedidos pendentes de contoso”',
      whichCustomer: 'Qual cliente? Tente: “{example}”',
    },
    help: [
      {
        command: 'watch order <id-do-pedido> for <cliente>',
        description:
          'Esta conversa é avisada quando o pedido muda (até ser concluído, por no máximo 14 dias).',
        example: ONE,
      },
      {
        command: 'watch pending orders for <cliente>',
        description: 'Acompanha cada pedido do cliente que está pendente agora.',
        example: PENDING,
      },
    ],
    menu: {
      title: 'acompanhar',
      description:
        'Seja avisado aqui quando um pedido mudar: “acompanhar pedido <id-do-pedido> de <cliente>”',
    },
  },
  'zh-CN': {
    card: {
      titleOne: '关注订单 {order}',
      titlePending: '关注待处理订单',
      watching: '正在关注 {customer} 的订单 {order}（当前状态：{status}）。订单变化时本对话会收到通知。',
      watchingMany: '正在关注 {customer} 的 {n} 个待处理订单。订单变化时本对话会收到通知。',
      watchingSome: '正在关注 {customer} 的 {total} 个待处理订单中的 {n} 个。订单变化时本对话会收到通知。',
      duplicate: '本对话已在关注订单 {order}。',
      duplicatesMany: '其中 {n} 个本对话已在关注。',
      cap: '你已关注 {max} 个订单，已达上限。要腾出名额，请在已关注的订单列表中停止关注一个。',
      capSkipped:
        '因达到上限跳过了 {n} 个：你已关注 {max} 个订单，已达上限。要腾出名额，请在已关注的订单列表中停止关注一些。',
      finished: '订单 {order} 的状态已是{status}：无需关注。',
      noPending: '{customer} 没有可关注的待处理订单。',
      inProcess: '关注只保存在本机器人进程中：重启后会丢失。',
      noticeTitle: '{customer} 的订单 {order} 已变化',
      noticeChange: '状态：{from} → {to}',
      noticeProvisioning: '预配：{from} → {to}',
      noticeWasFor: '它处于{status}状态共 {duration}（自 {since} 起）。',
      noticeHasBeenFor: '它已处于{status}状态 {duration}（自 {since} 起）。',
      noticeWasAtLeast: '它至少自 {since}（开始关注时）起处于{status}状态。',
      noticeHasBeenAtLeast: '它至少自 {since}（开始关注时）起一直处于{status}状态。',
      noticeSubscriptions: '创建的订阅（{n} 个）：',
      noticeSubscription: '{name}，数量 {quantity}，ID {id}',
      noticeMoreSubscriptions: '另有 {n} 个：详细信息中列出了全部。',
      noticeNoSubscriptions: '尚未创建订阅。',
      noticeCreatedNone: '它没有创建订阅。',
      noticeSubscriptionsUnread: '暂时无法读取它的订阅：详细信息中列出了它们。',
      noticeEnded: '关注结束：订单状态为{status}。',
      expiredTitle: '已不再关注 {customer} 的订单 {order}',
      expired: '已停止关注 {customer} 的订单 {order}：关注在 {duration}后过期。',
    },
    problems: {
      whichOrder: '哪个订单？试试“关注 contoso 的订单 <订单 ID>”或“关注 contoso 的待处理订单”。',
      whichCustomer: '哪个客户？试试“{example}”',
    },
    help: [
      {
        command: 'watch order <订单 ID> for <客户>',
        description: '订单变化时本对话会收到通知（直到订单完成，最长 14 天）。',
        example: ONE,
      },
      {
        command: 'watch pending orders for <客户>',
        description: '关注该客户当前每个待处理的订单。',
        example: PENDING,
      },
    ],
    menu: { title: '关注', description: '订单变化时在此收到通知：“关注 <客户> 的订单 <订单 ID>”' },
  },
  it: {
    card: {
      titleOne: "Segui l'ordine {order}",
      titlePending: 'Segui gli ordini in sospeso',
      watching:
        "Seguo l'ordine {order} di {customer} (ora {status}). Questa conversazione riceverà un avviso quando cambia.",
      watchingMany:
        'Seguo {n} ordini in sospeso di {customer}. Questa conversazione riceverà un avviso quando cambiano.',
      watchingSome:
        'Seguo {n} dei {total} ordini in sospeso di {customer}. Questa conversazione riceverà un avviso quando cambiano.',
      duplicate: "Questa conversazione segue già l'ordine {order}.",
      duplicatesMany: 'Questa conversazione ne segue già {n}.',
      cap: "Segui già il numero massimo di ordini consentito ({max}). Per fare spazio, smetti di seguirne uno dall'elenco degli ordini seguiti.",
      capSkipped:
        "{n} non seguiti per il limite: segui già il numero massimo di ordini consentito ({max}). Per fare spazio, smetti di seguirne alcuni dall'elenco degli ordini seguiti.",
      finished: "L'ordine {order} è già {status}: non c'è nulla da seguire.",
      noPending: '{customer} non ha ordini in sospeso da seguire.',
      inProcess: 'Gli ordini seguiti restano solo in questo processo del bot: un riavvio li dimentica.',
      noticeTitle: "L'ordine {order} di {customer} è cambiato",
      noticeChange: 'Stato: {from} → {to}',
      noticeProvisioning: 'Provisioning: {from} → {to}',
      noticeWasFor: 'È rimasto {status} per {duration}, dal {since}.',
      noticeHasBeenFor: 'È {status} da {duration}, dal {since}.',
      noticeWasAtLeast: "Era {status} almeno dal {since}, da quando l'ordine è seguito.",
      noticeHasBeenAtLeast: "È {status} almeno dal {since}, da quando l'ordine è seguito.",
      noticeSubscriptions: 'Abbonamenti creati ({n}):',
      noticeSubscription: '{name}, quantità {quantity}, ID {id}',
      noticeMoreSubscriptions: 'E altri {n}: il pulsante Dettagli li mostra tutti.',
      noticeNoSubscriptions: 'Non ha ancora creato abbonamenti.',
      noticeCreatedNone: 'Non ha creato abbonamenti.',
      noticeSubscriptionsUnread:
        'Non è stato possibile leggere ora i suoi abbonamenti: il pulsante Dettagli li mostra.',
      noticeEnded: "Non seguo più l'ordine: è {status}.",
      expiredTitle: "L'ordine {order} di {customer} non è più seguito",
      expired: "Non seguo più l'ordine {order} di {customer}: è trascorso il periodo massimo di {duration}.",
    },
    problems: {
      whichOrder:
        'Quale ordine? Prova “segui ordine <id-ordine> di contoso” oppure “segui ordini in sospeso di contoso”',
      whichCustomer: 'Quale cliente? Prova: “{example}”',
    },
    help: [
      {
        command: 'watch order <id-ordine> for <cliente>',
        description:
          "Questa conversazione riceve un avviso quando l'ordine cambia (finché non è completato, per al massimo 14 giorni).",
        example: ONE,
      },
      {
        command: 'watch pending orders for <cliente>',
        description: 'Segue ogni ordine del cliente che ora è in sospeso.',
        example: PENDING,
      },
    ],
    menu: {
      title: 'segui',
      description: 'Ricevi qui un avviso quando un ordine cambia: “segui ordine <id-ordine> di <cliente>”',
    },
  },
};
