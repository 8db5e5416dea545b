// Small pieces the index stores share: orderings and paging of records, and the offer-name match.
import type { IndexedOrder, IndexedSubscription } from './records';
import type { IndexPage } from './store';

export const byCreatedDesc = (a: IndexedOrder, b: IndexedOrder): number => b.created - a.created;
export const byChangeDesc = (a: IndexedOrder, b: IndexedOrder): number =>
  Math.max(b.changed, b.created) - Math.max(a.changed, a.created);

export function page<T>(items: T[], offset: number, limit: number): IndexPage<T> {
  return { items: items.slice(offset, offset + limit), total: items.length };
}

/** "e5" finds "Microsoft 365 E5" and the offer id alike; spaces and case do not matter. */
export function matchesOffer(text: string): (s: IndexedSubscription) => boolean {
  const wanted = squash(text);
  return (s) => squash(s.name ?? '').includes(wanted) || squash(s.offer ?? '').includes(wanted);
}

export const squash = (text: string): string => text.replace(/\s+/g, '').toLowerCase();
