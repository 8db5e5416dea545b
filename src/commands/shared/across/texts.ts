// The sentences the commands across customers share (pending, recent, who), per locale: what the index covers,
// totals per customer, paging and the rows' buttons. Each command's own words are in its strings.ts. What a
// person may type is quoted (“orders for contoso”).
import { languageOf } from '../../../cards/strings';
import { plural, type PluralForms } from '../../../cards/strings/plural';
import type { Locale } from '../../definition';

export interface AcrossTexts {
  /** "Index as of 10:42 UTC, 9,812 of 10,000 customers". */
  coverage: string;
  /** Before the crawler listed the partner's customers. */
  coverageNoTotal: string;
  /** "{coverage}; first pass 87% done". */
  firstPass: string;
  /** Records only from people's answers: no customer read whole yet. */
  answersOnly: string;
  noIndex: string;
  emptyIndex: string;
  unavailable: string;
  byCustomer: string;
  moreCustomers: PluralForms;
  customersCount: PluralForms;
  /** The list was longer than what one answer reads: what was counted. */
  capped: string;
  pageRange: string;
  showMore: string;
  showPrevious: string;
  moreLines: string;
  customerOrders: string;
}

const TEXTS: Readonly<Record<Locale, AcrossTexts>> = {
  en: {
    coverage: 'Index as of {time}, {customers} of {total} customers',
    coverageNoTotal: 'Index as of {time}, {customers} customers',
    firstPass: '{coverage}; first pass {percent} done',
    answersOnly:
      'The index holds only the customers people asked about so far: its first read of every customer has not started.',
    noIndex:
      'This bot keeps no order index, so it cannot answer across customers. Ask about one customer instead, e.g. orders for contoso',
    emptyIndex:
      'The order index is empty: no customer has been read yet. Try again in a few minutes, or ask about one customer, e.g. orders for contoso',
    unavailable:
      "The order index cannot be read right now: the bot's shared store does not answer. Try again in a minute.",
    byCustomer: 'By customer',
    moreCustomers: plural({ one: '+{n} more customer', other: '+{n} more customers' }),
    customersCount: plural({ one: '{n} customer', other: '{n} customers' }),
    capped:
      'Only the first {shown} of {total} were read, counted and listed: narrow the question to see the rest.',
    pageRange: '{from}–{to} of {total}',
    showMore: 'Show more ({from}–{to} of {total})',
    showPrevious: 'Previous ({from}–{to} of {total})',
    moreLines: '+{n} more',
    customerOrders: "Customer's orders",
  },
  'pt-BR': {
    coverage: 'Índice atualizado em {time}, {customers} de {total} clientes',
    coverageNoTotal: 'Índice atualizado em {time}, {customers} clientes',
    firstPass: '{coverage}; primeira leitura {percent} concluída',
    answersOnly:
      'O índice tem só os clientes consultados até agora: a primeira leitura de todos os clientes ainda não começou.',
    noIndex:
      'Este bot não mantém um índice de pedidos, então não consegue responder sobre vários clientes. Pergunte sobre um cliente, por ex. “pedidos de contoso”',
    emptyIndex:
      'O índice de pedidos está vazio: nenhum cliente foi lido ainda. Tente de novo em alguns minutos ou pergunte sobre um cliente, por ex. “pedidos de contoso”',
    unavailable:
      'O índice de pedidos não pode ser lido agora: o armazenamento compartilhado do bot não responde. Tente de novo em um minuto.',
    byCustomer: 'Por cliente',
    moreCustomers: plural({ one: '+{n} outro cliente', other: '+{n} outros clientes' }),
    customersCount: plural({ zero: '{n} clientes', one: '{n} cliente', other: '{n} clientes' }),
    capped:
      'Só os primeiros {shown} de {total} foram lidos, contados e listados: restrinja a pergunta para ver os demais.',
    pageRange: '{from}–{to} de {total}',
    showMore: 'Mostrar mais ({from}–{to} de {total})',
    showPrevious: 'Anteriores ({from}–{to} de {total})',
    moreLines: '+{n} outros',
    customerOrders: 'Pedidos do cliente',
  },
  'zh-CN': {
    coverage: '索引截至 {time}，已读取 {customers} 个客户，共 {total} 个',
    coverageNoTotal: '索引截至 {time}，已读取 {customers} 个客户',
    firstPass: '{coverage}；首轮读取已完成 {percent}',
    answersOnly: '索引目前只包含有人问过的客户：对所有客户的首轮读取尚未开始。',
    noIndex: '此机器人没有订单索引，因此无法跨客户回答。请改为询问单个客户，例如“contoso 的订单”。',
    emptyIndex: '订单索引为空：尚未读取任何客户。请几分钟后重试，或询问单个客户，例如“contoso 的订单”。',
    unavailable: '现在无法读取订单索引：机器人的共享存储没有响应。请一分钟后重试。',
    byCustomer: '按客户',
    moreCustomers: plural({ one: '另外 {n} 个客户', other: '另外 {n} 个客户' }),
    customersCount: plural({ one: '{n} 个客户', other: '{n} 个客户' }),
    capped: '只读取、统计并列出了前 {shown} 个，共 {total} 个：请缩小问题范围以查看其余部分。',
    pageRange: '第 {from}–{to} 个，共 {total} 个',
    showMore: '显示更多（第 {from}–{to} 个，共 {total} 个）',
    showPrevious: '上一页（第 {from}–{to} 个，共 {total} 个）',
    moreLines: '另外 {n} 项',
    customerOrders: '客户的订单',
  },
  it: {
    coverage: 'Indice aggiornato: {time}, {customers} clienti su {total}',
    coverageNoTotal: 'Indice aggiornato: {time}, {customers} clienti',
    firstPass: '{coverage}; prima lettura: {percent} completata',
    answersOnly:
      "L'indice contiene solo i clienti richiesti finora: la prima lettura di tutti i clienti non è ancora iniziata.",
    noIndex:
      'Questo bot non tiene un indice degli ordini, quindi non può rispondere su più clienti. Chiedi di un cliente, ad es. “ordini di contoso”',
    emptyIndex:
      "L'indice degli ordini è vuoto: nessun cliente è stato ancora letto. Riprova tra qualche minuto o chiedi di un cliente, ad es. “ordini di contoso”",
    unavailable:
      "L'indice degli ordini non si può leggere ora: l'archivio condiviso del bot non risponde. Riprova tra un minuto.",
    byCustomer: 'Per cliente',
    moreCustomers: plural({ one: '+{n} altro cliente', other: '+{n} altri clienti' }),
    customersCount: plural({ one: '{n} cliente', other: '{n} clienti' }),
    capped:
      'Sono stati letti, contati ed elencati solo i primi {shown} su {total}: restringi la domanda per vedere gli altri.',
    pageRange: '{from}–{to} di {total}',
    showMore: 'Mostra altri ({from}–{to} di {total})',
    showPrevious: 'Precedenti ({from}–{to} di {total})',
    moreLines: '+{n} altre',
    customerOrders: 'Ordini del cliente',
  },
};

/** Every locale's table (tests compare them). */
export const ACROSS_TEXTS = TEXTS;

export function acrossTexts(locale: string): AcrossTexts {
  return TEXTS[languageOf(locale)];
}
