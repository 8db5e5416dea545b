// The sentences of an id typed with no customer (order, subscriptions, watch, unwatch), per locale. What a
// person may type is quoted in the languages that quote it (“order 9qg-ErcO for <cliente>”).
import { languageOf } from '../../../cards/strings';
import type { Locale } from '../../definition';

export interface IdLookupTexts {
  /** The index does not hold the id (yet). */
  notKnownTitle: string;
  noIndex: string;
  unreadable: string;
  coverage: string;
  coverageDone: string;
  coverageEmpty: string;
  /** How to name the customer: `{example}` is "order <id> for <customer>". */
  sayWhose: string;
  recentCustomers: string;
  /** The id has no digit and names a customer too ("order AdventureWorks"). */
  alsoCustomer: string;
  severalTitle: string;
  severalPrompt: string;
  severalMore: string;
  orderLabel: string;
  subscriptionLabel: string;
  /** A subscription Partner Center names no order for: what the index knows of it. */
  noOrderTitle: string;
  noOrder: string;
  /** Watch given a subscription's id: its order is watched. */
  subscriptionOfOrder: string;
  /** unwatch with a shortened id that starts several watched orders' ids. */
  severalWatched: string;
  /** Placeholder of the customer in examples ("order X for <customer>"). */
  customerPlaceholder: string;
  /** The button to a customer's orders. */
  ordersOf: string;
}

const TEXTS: Readonly<Record<Locale, IdLookupTexts>> = {
  en: {
    notKnownTitle: '{id} is not in the order index yet',
    noIndex: 'This bot keeps no order index, so an id alone does not say whose it is.',
    unreadable: 'The order index cannot be read right now.',
    coverage: 'Index as of {asOf}: {customers} of {total} customers read, first pass {percent} % done.',
    coverageDone:
      'Index as of {asOf}: every customer read at least once. Check the id; a new order appears when its customer is read again.',
    coverageEmpty: 'The index has read no customer yet: it starts shortly after the bot does.',
    sayWhose: 'Say whose it is: {example}',
    recentCustomers: 'Customers you asked about lately:',
    alsoCustomer: '“{word}” is also a customer:',
    severalTitle: 'Several orders or subscriptions start with {id}',
    severalPrompt: 'Pick one:',
    severalMore: 'Only the first {n} are shown: type more of the id.',
    orderLabel: 'Order {id} · {customer} · {status}',
    subscriptionLabel: 'Subscription {id} · {name} · {customer}',
    noOrderTitle: 'Subscription {id}',
    noOrder: '{name} of {customer}, {status}, quantity {quantity}. Partner Center names no order for it.',
    subscriptionOfOrder: '{id} is a subscription of order {order}: watching that order.',
    severalWatched: 'Several watched orders start with {id}: pick one.',
    customerPlaceholder: '<customer>',
    ordersOf: 'Orders of {customer}',
  },
  'pt-BR': {
    notKnownTitle: '{id} ainda não está no índice de pedidos',
    noIndex: 'Este bot não mantém um índice de pedidos, então um ID sozinho não diz de quem é.',
    unreadable: 'Não é possível ler o índice de pedidos agora.',
    coverage:
      'Índice de {asOf}: {customers} de {total} clientes lidos, primeira passagem {percent} % concluída.',
    coverageDone:
      'Índice de {asOf}: todos os clientes lidos ao menos uma vez. Confira o ID; um pedido novo aparece quando o índice ler o cliente dele de novo.',
    coverageEmpty: 'O índice ainda não leu nenhum cliente: ele começa logo depois que o bot inicia.',
    sayWhose: 'Diga de quem é: “{example}”',
    recentCustomers: 'Clientes que você consultou há pouco:',
    alsoCustomer: '“{word}” também é um cliente:',
    severalTitle: 'Vários pedidos ou assinaturas começam com {id}',
    severalPrompt: 'Escolha um:',
    severalMore: 'Só os {n} primeiros são mostrados: digite mais do ID.',
    orderLabel: 'Pedido {id} · {customer} · {status}',
    subscriptionLabel: 'Assinatura {id} · {name} · {customer}',
    noOrderTitle: 'Assinatura {id}',
    noOrder:
      '{name} de {customer}, {status}, quantidade {quantity}. O Partner Center não indica pedido para ela.',
    subscriptionOfOrder: '{id} é uma assinatura do pedido {order}: acompanhando esse pedido.',
    severalWatched: 'Vários pedidos acompanhados começam com {id}: escolha um.',
    customerPlaceholder: '<cliente>',
    ordersOf: 'Pedidos de {customer}',
  },
  'zh-CN': {
    notKnownTitle: '订单索引中还没有 {id}',
    noIndex: '此机器人不保留订单索引，所以仅凭 ID 无法知道它属于哪个客户。',
    unreadable: '目前无法读取订单索引。',
    coverage: '索引截至 {asOf}：已读取 {total} 个客户中的 {customers} 个，首轮已完成 {percent}%。',
    coverageDone: '索引截至 {asOf}：每个客户都至少读取过一次。请检查 ID；新订单会在其客户再次被读取时出现。',
    coverageEmpty: '索引尚未读取任何客户：机器人启动后不久就会开始。',
    sayWhose: '请说明它属于哪个客户：“{example}”',
    recentCustomers: '你最近查询过的客户：',
    alsoCustomer: '“{word}”也是一个客户：',
    severalTitle: '有多个订单或订阅以 {id} 开头',
    severalPrompt: '请选择一个：',
    severalMore: '只显示前 {n} 个：请输入更多 ID 字符。',
    orderLabel: '订单 {id} · {customer} · {status}',
    subscriptionLabel: '订阅 {id} · {name} · {customer}',
    noOrderTitle: '订阅 {id}',
    noOrder: '{customer} 的 {name}，{status}，数量 {quantity}。合作伙伴中心没有为它注明订单。',
    subscriptionOfOrder: '{id} 是订单 {order} 的订阅：正在关注该订单。',
    severalWatched: '有多个已关注的订单以 {id} 开头：请选择一个。',
    customerPlaceholder: '<客户>',
    ordersOf: '{customer} 的订单',
  },
  it: {
    notKnownTitle: "{id} non è ancora nell'indice degli ordini",
    noIndex: 'Questo bot non tiene un indice degli ordini, quindi un ID da solo non dice di chi è.',
    unreadable: "Al momento non è possibile leggere l'indice degli ordini.",
    coverage: 'Indice al {asOf}: letti {customers} clienti su {total}, primo giro completato al {percent} %.',
    coverageDone:
      "Indice al {asOf}: ogni cliente letto almeno una volta. Controlla l'ID; un ordine nuovo compare quando il suo cliente viene riletto.",
    coverageEmpty: "L'indice non ha ancora letto alcun cliente: inizia poco dopo l'avvio del bot.",
    sayWhose: 'Indica di chi è: “{example}”',
    recentCustomers: 'Clienti che hai cercato di recente:',
    alsoCustomer: '“{word}” è anche un cliente:',
    severalTitle: 'Più ordini o abbonamenti iniziano con {id}',
    severalPrompt: 'Scegline uno:',
    severalMore: "Sono mostrati solo i primi {n}: scrivi una parte più lunga dell'ID.",
    orderLabel: 'Ordine {id} · {customer} · {status}',
    subscriptionLabel: 'Abbonamento {id} · {name} · {customer}',
    noOrderTitle: 'Abbonamento {id}',
    noOrder:
      '{name} di {customer}, {status}, quantità {quantity}. Il Centro per i partner non indica alcun ordine.',
    subscriptionOfOrder: "{id} è un abbonamento dell'ordine {order}: seguo quell'ordine.",
    severalWatched: 'Più ordini seguiti iniziano con {id}: scegline uno.',
    customerPlaceholder: '<cliente>',
    ordersOf: 'Ordini di {customer}',
  },
};

export function idLookupTexts(locale: string): IdLookupTexts {
  return TEXTS[languageOf(locale)];
}

/** Every locale's texts (the strings test holds them to the English ones). */
export const ID_LOOKUP_TEXTS = TEXTS;
