// The compose box's search ("Partner Center" in Teams' message extensions): customers by name, domain or tenant
// id from the customer directory, orders and subscriptions by their id or its start and subscriptions by product
// name from the partner-wide index. Nothing here calls Partner Center, so an answer takes milliseconds and Teams'
// 5 s are never at risk; a source that cannot be read (no directory yet, Redis away) is left out.
import type { CommandEnv, CustomerLookup } from '../commands/deps';
import { customerRef } from '../commands/shared/customer-step';
import type { IndexedOrder, IndexedSubscription } from '../index/records';
import { idQuery } from '../index/records';
import type { Customer } from '../partnercenter/models';
import {
  customerItem,
  itemWords,
  orderItem,
  subscriptionItem,
  type ComposeItem,
  type ItemWords,
} from './items';
import { customerName } from './names';
import { recentItems } from './recent-lookups';

/** Teams asks for 25 at a time (queryOptions.count) and shows no more. */
export const MAX_RESULTS = 25;
/** Customers the words name: a word such as "aurora" may name hundreds; more words narrow it down. */
const MAX_CUSTOMERS = 25;
/** Subscriptions found by product name: "e5" is held by many customers; the best are the first. */
const MAX_BY_NAME = 10;
/** An id is looked up from this many characters (as `order <id>` takes them). */
const MIN_ID = 4;
/** A product name is looked for from this many letters. */
const MIN_NAME = 2;

export interface SearchAnswer {
  /** What the query found (or, for an empty query, what this person looked up lately), best first. */
  items: ComposeItem[];
  /** `recent`: the query was empty. */
  source: 'search' | 'recent';
}

export interface SearchPage {
  skip: number;
  count: number;
}

/** The page of results for `query` (empty: this person's recent lookups). */
export async function searchPartnerCenter(
  query: string,
  env: CommandEnv,
  page: SearchPage = { skip: 0, count: MAX_RESULTS },
): Promise<SearchAnswer> {
  const words = itemWords(env.ctx.locale);
  const typed = query.trim();
  const slice = (items: ComposeItem[]) =>
    items.slice(page.skip, page.skip + Math.max(0, Math.min(page.count, MAX_RESULTS)));
  if (typed === '') return { items: slice(await recentItems(env, words)), source: 'recent' };
  const found = await find(typed, env, words);
  return { items: slice(found), source: 'search' };
}

async function find(typed: string, env: CommandEnv, words: ItemWords): Promise<ComposeItem[]> {
  const { index, directory } = env;
  const id = idQuery(typed);
  const idLike = !/\s/.test(typed) && id.length >= MIN_ID && /^[a-z0-9_-]+$/.test(id);
  const [orders, subscriptions, byName] = await Promise.all([
    idLike && index ? index.findOrder(typed).catch(none<IndexedOrder>) : [],
    idLike && index ? index.findSubscription(typed).catch(none<IndexedSubscription>) : [],
    typed.length >= MIN_NAME && index
      ? index
          .subscriptionsOf(typed, 0, MAX_BY_NAME * 5)
          .then((p) => p.items.filter(productNamed(typed)).slice(0, MAX_BY_NAME))
          .catch(none<IndexedSubscription>)
      : [],
  ]);
  const customers = directory ? customersNamed(directory, typed) : [];

  const nameOf = (tenantId: string) => customerName(env, tenantId);
  const exactId = (record: { id: string }) => idQuery(record.id) === id;
  const items: ComposeItem[] = [];
  const seen = new Set<string>();
  const add = (item: ComposeItem) => {
    const key = `${item.kind}|${item.id.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  // A whole id first, then the customers the words name, then ids it starts, then subscriptions by product.
  for (const o of orders.filter(exactId)) add(orderItem(words, o, nameOf(o.cust)));
  for (const s of subscriptions.filter(exactId)) add(subscriptionItem(words, s, nameOf(s.cust)));
  for (const c of customers) add(customerItem(words, customerRef(c)));
  for (const o of orders) add(orderItem(words, o, nameOf(o.cust)));
  for (const s of subscriptions) add(subscriptionItem(words, s, nameOf(s.cust)));
  for (const s of byName) add(subscriptionItem(words, s, nameOf(s.cust)));
  return items;
}

/** The customers the words name, best first: all of them, also when one is named exactly. */
function customersNamed(directory: CustomerLookup, typed: string): Customer[] {
  if (directory.search) return directory.search(typed, MAX_CUSTOMERS);
  const match = directory.resolve(typed);
  return match?.kind === 'found' ? [match.customer] : match?.kind === 'ambiguous' ? match.candidates : [];
}

/**
 * A subscription whose name holds the words, or whose offer id is them or starts with them up to a ":" or "-"
 * (a short word is inside many a legacy GUID offer id: "E5" in E59159FC-…), as `who has` reads them.
 */
function productNamed(typed: string): (s: IndexedSubscription) => boolean {
  const wanted = squash(typed);
  const offerIs = (offer: string) =>
    offer.startsWith(wanted) && (offer.length === wanted.length || /[:-]/.test(offer[wanted.length] ?? ''));
  return (s) => squash(s.name ?? '').includes(wanted) || offerIs(squash(s.offer ?? ''));
}

const squash = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** A source that failed (Redis away) gives nothing; the others still answer. */
function none<T>(): T[] {
  return [];
}
