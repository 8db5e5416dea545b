// The words of the compose box's search and of unfurled links, per locale. Status names, billing cycles and the
// facts' titles are the shared table's (src/cards/strings).
import { languageOf, type Locale } from '../cards/strings';

export interface ComposeTexts {
  /** The portal's name, as the preview of a chosen card. */
  brand: string;
  /** The small line above a compact card: "Partner Center · Order". */
  kindLine: string;
  customer: string;
  order: string;
  subscription: string;
  domain: string;
  /** Previews in the result list (one line each). */
  customerSubtitle: string;
  customerText: string;
  orderSubtitle: string;
  orderText: string;
  subscriptionSubtitle: string;
  subscriptionText: string;
  subscriptionEnds: string;
  /** Said in the result list instead of results. */
  start: string;
  noMatch: string;
  /** The search failed or took too long. */
  failed: string;
}

const TEXTS: Readonly<Record<Locale, ComposeTexts>> = {
  en: {
    brand: 'Partner Center',
    kindLine: 'Partner Center · {kind}',
    customer: 'Customer',
    order: 'Order',
    subscription: 'Subscription',
    domain: 'Domain',
    customerSubtitle: 'Customer · {domain}',
    customerText: 'Tenant id {id}',
    orderSubtitle: 'Order {id} · {status}',
    orderText: 'Created {date} · {cycle}',
    subscriptionSubtitle: 'Subscription {id} · {status}',
    subscriptionText: '{customer} · quantity {quantity}',
    subscriptionEnds: '{customer} · quantity {quantity} · ends {date}',
    start:
      "Type a customer's name or domain, an order or subscription id (the start is enough) or a product name.",
    noMatch:
      'Nothing matches “{query}”. Customers are found by name, domain or tenant id; orders and subscriptions by their id or its start; subscriptions also by product name.',
    failed: 'The search could not finish. Please try again.',
  },
  'pt-BR': {
    brand: 'Partner Center',
    kindLine: 'Partner Center · {kind}',
    customer: 'Cliente',
    order: 'Pedido',
    subscription: 'Assinatura',
    domain: 'Domínio',
    customerSubtitle: 'Cliente · {domain}',
    customerText: 'ID do locatário {id}',
    orderSubtitle: 'Pedido {id} · {status}',
    orderText: 'Criado em {date} · {cycle}',
    subscriptionSubtitle: 'Assinatura {id} · {status}',
    subscriptionText: '{customer} · quantidade {quantity}',
    subscriptionEnds: '{customer} · quantidade {quantity} · termina em {date}',
    start:
      'Digite o nome ou o domínio de um cliente, o ID de um pedido ou de uma assinatura (o começo basta) ou o nome de um produto.',
    noMatch:
      'Nada corresponde a “{query}”. Clientes são encontrados pelo nome, domínio ou ID do locatário; pedidos e assinaturas pelo ID ou pelo começo dele; assinaturas também pelo nome do produto.',
    failed: 'Não foi possível concluir a pesquisa. Tente de novo.',
  },
  'zh-CN': {
    brand: '合作伙伴中心',
    kindLine: '合作伙伴中心 · {kind}',
    customer: '客户',
    order: '订单',
    subscription: '订阅',
    domain: '域',
    customerSubtitle: '客户 · {domain}',
    customerText: '租户 ID {id}',
    orderSubtitle: '订单 {id} · {status}',
    orderText: '创建于 {date} · {cycle}',
    subscriptionSubtitle: '订阅 {id} · {status}',
    subscriptionText: '{customer} · 数量 {quantity}',
    subscriptionEnds: '{customer} · 数量 {quantity} · 到期 {date}',
    start: '请输入客户名称或域、订单或订阅 ID（开头几位即可），或产品名称。',
    noMatch:
      '没有与“{query}”匹配的结果。客户可按名称、域或租户 ID 查找；订单和订阅可按 ID 或其开头查找；订阅也可按产品名称查找。',
    failed: '搜索未能完成，请重试。',
  },
  it: {
    brand: 'Centro per i partner',
    kindLine: 'Centro per i partner · {kind}',
    customer: 'Cliente',
    order: 'Ordine',
    subscription: 'Sottoscrizione',
    domain: 'Dominio',
    customerSubtitle: 'Cliente · {domain}',
    customerText: 'ID tenant {id}',
    orderSubtitle: 'Ordine {id} · {status}',
    orderText: 'Creato il {date} · {cycle}',
    subscriptionSubtitle: 'Sottoscrizione {id} · {status}',
    subscriptionText: '{customer} · quantità {quantity}',
    subscriptionEnds: '{customer} · quantità {quantity} · scade il {date}',
    start:
      "Scrivi il nome o il dominio di un cliente, l'ID di un ordine o di una sottoscrizione (basta l'inizio) o il nome di un prodotto.",
    noMatch:
      'Nessun risultato per “{query}”. I clienti si trovano per nome, dominio o ID tenant; ordini e sottoscrizioni per ID o per il suo inizio; le sottoscrizioni anche per nome del prodotto.',
    failed: 'Non è stato possibile completare la ricerca. Riprova.',
  },
};

export function composeTexts(locale: string): ComposeTexts {
  return TEXTS[languageOf(locale)];
}

/** Every locale's texts (the tests hold them to the English ones). */
export const COMPOSE_TEXTS = TEXTS;
