import type { CommandStrings, Locale } from '../definition';

const ONE = 'watch order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';
const PENDING = 'watch pending orders for contoso';

/** The sentences of its cards (the watch family's shared ones: shared/watch/texts.ts). */
const EN_CARD = {
  watching: 'Watching order {order} of {customer} (now {status}). This conversation hears when it changes.',
  watchingMany: 'Watching {n} pending orders of {customer}. This conversation hears when they change.',
  duplicate: 'This conversation already watches order {order}.',
  cap: 'You already hold {max} watches, the most allowed. Stop one first: unwatch <order id>.',
  finished: 'Order {order} is already {status}: there is nothing to watch.',
  noPending: '{customer} has no pending orders to watch.',
  inProcess: 'Watches live in this bot process only: a restart forgets them.',
  noticeTitle: 'Order {order} of {customer} changed',
  noticeChange: 'Status: {from} → {to}',
  noticeProvisioning: 'Provisioning: {from} → {to}',
  noticeSince: 'It was {from} since {since}.',
  noticeSubscriptions: 'Subscriptions it created: {list}',
  noticeNoSubscriptions: 'It has created no subscriptions yet.',
  noticeEnded: 'The watch ends: the order is {status}.',
  expired: 'Stopped watching order {order} of {customer}: the watch expired after {days} days.',
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
    card: {
      watching:
        'Acompanhando o pedido {order} de {customer} (agora {status}). Esta conversa será avisada quando mudar.',
      watchingMany:
        'Acompanhando {n} pedidos pendentes de {customer}. Esta conversa será avisada quando mudarem.',
      duplicate: 'Esta conversa já acompanha o pedido {order}.',
      cap: 'Você já tem {max} acompanhamentos, o máximo permitido. Pare um antes: unwatch <order id>.',
      finished: 'O pedido {order} já está {status}: não há o que acompanhar.',
      noPending: '{customer} não tem pedidos pendentes para acompanhar.',
      inProcess: 'Os acompanhamentos ficam só neste processo do bot: uma reinicialização os esquece.',
      noticeTitle: 'O pedido {order} de {customer} mudou',
      noticeChange: 'Status: {from} → {to}',
      noticeProvisioning: 'Provisionamento: {from} → {to}',
      noticeSince: 'Estava {from} desde {since}.',
      noticeSubscriptions: 'Assinaturas criadas: {list}',
      noticeNoSubscriptions: 'Ainda não criou assinaturas.',
      noticeEnded: 'O acompanhamento termina: o pedido está {status}.',
      expired: 'O pedido {order} de {customer} não é mais acompanhado: expirou após {days} dias.',
    },
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
    card: {
      watching: '正在关注 {customer} 的订单 {order}（当前 {status}）。订单变化时本对话会收到通知。',
      watchingMany: '正在关注 {customer} 的 {n} 个待处理订单。订单变化时本对话会收到通知。',
      duplicate: '本对话已在关注订单 {order}。',
      cap: '你已有 {max} 个关注，已达上限。请先停止一个：unwatch <order id>。',
      finished: '订单 {order} 已是 {status}：无需关注。',
      noPending: '{customer} 没有可关注的待处理订单。',
      inProcess: '关注只保存在本机器人进程中：重启后会丢失。',
      noticeTitle: '{customer} 的订单 {order} 已变化',
      noticeChange: '状态：{from} → {to}',
      noticeProvisioning: '预配：{from} → {to}',
      noticeSince: '自 {since} 起为 {from}。',
      noticeSubscriptions: '它创建的订阅：{list}',
      noticeNoSubscriptions: '尚未创建订阅。',
      noticeEnded: '关注结束：订单已是 {status}。',
      expired: '已停止关注 {customer} 的订单 {order}：关注在 {days} 天后过期。',
    },
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
    card: {
      watching:
        "Seguo l'ordine {order} di {customer} (ora {status}). Questa conversazione sarà avvisata quando cambia.",
      watchingMany:
        'Seguo {n} ordini in sospeso di {customer}. Questa conversazione sarà avvisata quando cambiano.',
      duplicate: "Questa conversazione segue già l'ordine {order}.",
      cap: 'Hai già {max} ordini seguiti, il massimo consentito. Smetti di seguirne uno: unwatch <order id>.',
      finished: "L'ordine {order} è già {status}: non c'è nulla da seguire.",
      noPending: '{customer} non ha ordini in sospeso da seguire.',
      inProcess: 'Gli ordini seguiti restano solo in questo processo del bot: un riavvio li dimentica.',
      noticeTitle: "L'ordine {order} di {customer} è cambiato",
      noticeChange: 'Stato: {from} → {to}',
      noticeProvisioning: 'Provisioning: {from} → {to}',
      noticeSince: 'Era {from} dal {since}.',
      noticeSubscriptions: 'Sottoscrizioni create: {list}',
      noticeNoSubscriptions: 'Non ha ancora creato sottoscrizioni.',
      noticeEnded: "Il monitoraggio termina: l'ordine è {status}.",
      expired: "Non seguo più l'ordine {order} di {customer}: il monitoraggio è scaduto dopo {days} giorni.",
    },
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
