// The response cache keeps its entries in a store it is given (the seam the shared tier plugs into).

import { DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import { MemoryResponseStore } from '../../src/state/memory/response-store';
import { turn } from '../support/partner-center';

const lookup = { operation: 'listOrders', key: 'k', ttlMs: 60_000 };

describe('ResponseCache over a given store', () => {
  it('serves what another cache put in the same store, without loading', async () => {
    const store = new MemoryResponseStore({ maxBytes: 1024 * 1024 });
    const first = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, { store });
    const second = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, { store });
    let loads = 0;
    const load = async () => [{ id: `order-${++loads}` }];
    expect(await first.get(lookup, turn(), load)).toEqual([{ id: 'order-1' }]);
    expect(await second.get(lookup, turn(), load)).toEqual([{ id: 'order-1' }]);
    expect(loads).toBe(1);
    first.close();
    second.close();
  });

  it('asks the store again once its near copy is older than the peek window', async () => {
    let now = 1_000;
    const store = new MemoryResponseStore({ maxBytes: 1024 * 1024, peekWindowMs: 50, now: () => now });
    const cache = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, { store, now: () => now });
    await cache.get(lookup, turn(), async () => ['a']);
    expect(store.peek('k')).toBeDefined();
    now += 100;
    expect(store.peek('k')).toBeUndefined();
    // Still fresh by the TTL: answered from the store's get(), no load.
    expect(await cache.get(lookup, turn(), async () => ['b'])).toEqual(['a']);
    cache.close();
  });
});
