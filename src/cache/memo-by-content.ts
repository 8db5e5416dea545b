import { LRUCache } from 'lru-cache';
import { stampOf } from '../state/content-stamp';

// A warm answer is rendered from the same cached data again and again; the result (a card) can be reused. It
// is keyed by the content stamps of the data (the load each value came from), not by object identity, so it
// still hits when a value was read back afresh from the shared tier, and misses once the data is refreshed.
const results = new LRUCache<string, object>({ max: 256 });

/** `compute()` for these cached values and `key`, computed once per content. Values not from the cache: no memo. */
export function memoByContent<T extends object>(data: readonly object[], key: string, compute: () => T): T {
  let memoKey = key;
  for (const value of data) {
    const stamp = stampOf(value);
    if (stamp === undefined) return compute();
    memoKey += `\u0000${stamp}`;
  }
  const known = results.get(memoKey);
  if (known) return known as T;
  const result = compute();
  results.set(memoKey, result);
  return result;
}
