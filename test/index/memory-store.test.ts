// The index in this process is bounded by INDEX_MAX_CUSTOMERS: when full, the customer read least recently goes
// first, with all its records, and what the store says of itself (stats, read times, queries) leaves it out.
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedOrder, IndexedSubscription } from '../../src/index/records';

const T0 = Date.parse('2026-07-01T10:00:00Z');
const minutes = (n: number) => T0 + n * 60_000;

function order(cust: string, n: number, status = 'completed'): IndexedOrder {
  return {
    id: `${cust}-Order-${n}`,
    cust,
    status,
    cycle: 'monthly',
    created: T0 - n * 86_400_000,
    changed: T0 - n * 86_400_000,
    lines: [{ offer: 'CFQ7TTC0LH18', qty: 1, sub: `${cust}-sub-${n}` }],
  };
}

function subscription(cust: string, n: number): IndexedSubscription {
  return { id: `${cust}-sub-${n}`, cust, order: `${cust}-Order-${n}`, status: 'active', qty: 1, name: 'E5' };
}

/** Reads customer `cust` whole at `at`: two orders (one pending) and two subscriptions. */
const read = (store: MemoryIndexStore, cust: string, at: number) =>
  store.putCustomer({
    customerId: cust,
    orders: [order(cust, 1, 'pending'), order(cust, 2)],
    subscriptions: [subscription(cust, 1), subscription(cust, 2)],
    at,
  });

describe('the in-process index, full', () => {
  it('drops the customer read least recently, with its orders and subscriptions', async () => {
    const store = new MemoryIndexStore(3);
    await read(store, 'a', minutes(1));
    await read(store, 'b', minutes(2));
    await read(store, 'c', minutes(3));
    expect(await store.stats()).toEqual({
      customers: 3,
      orders: 6,
      subscriptions: 6,
      oldestAt: minutes(1),
      newestAt: minutes(3),
    });

    await read(store, 'd', minutes(4));
    expect(await store.stats()).toEqual({
      customers: 3,
      orders: 6,
      subscriptions: 6,
      oldestAt: minutes(2),
      newestAt: minutes(4),
    });
    expect([...(await store.readTimes()).keys()]).toEqual(['b', 'c', 'd']);
    expect(await store.order('a-Order-1')).toBeUndefined();
    expect(await store.ordersByIdPrefix('a-order', 10)).toEqual([]);
    expect(await store.subscriptionsByIdPrefix('a-sub', 10)).toEqual([]);
    expect(await store.customersWithPending()).toEqual(new Set(['b', 'c', 'd']));
    const pending = await store.ordersInStatus('pending', 0, 10);
    expect(pending.total).toBe(3);
    expect(pending.items.map((o) => o.cust).sort()).toEqual(['b', 'c', 'd']);
    expect((await store.subscriptionsMatching('e5', 0, 10)).total).toBe(6);
  });

  it('a customer read again goes to the back: the stalest read is what goes', async () => {
    const store = new MemoryIndexStore(3);
    await read(store, 'a', minutes(1));
    await read(store, 'b', minutes(2));
    await read(store, 'c', minutes(3));
    await read(store, 'a', minutes(4));
    await read(store, 'd', minutes(5));
    expect([...(await store.readTimes()).keys()]).toEqual(['c', 'a', 'd']);
    expect(await store.order('b-order-1')).toBeUndefined();
    expect((await store.order('A-ORDER-1'))?.cust).toBe('a');
  });

  it('counts customers fed only by answers against the bound, without calling them read', async () => {
    const store = new MemoryIndexStore(3);
    await read(store, 'a', minutes(1));
    await read(store, 'b', minutes(2));
    await read(store, 'c', minutes(3));
    // A person asked about x: what the answer showed is kept, as if x had been read now.
    await store.upsert([order('x', 1, 'pending')], [subscription('x', 1)], minutes(4));
    const coverage = await new PartnerIndex(store).coverage();
    expect(coverage).toMatchObject({ customers: 2, orders: 5, subscriptions: 5, asOf: minutes(2) });
    expect((await store.order('x-order-1'))?.status).toBe('pending');
    expect(await store.order('a-order-1')).toBeUndefined();

    // Read whole later, x is a customer like the others; what its answer showed is replaced by the read.
    await store.putCustomer({ customerId: 'x', orders: [order('x', 2)], subscriptions: [], at: minutes(5) });
    expect(await store.stats()).toMatchObject({ customers: 3, orders: 5, subscriptions: 4 });
    expect(await store.order('x-order-1')).toBeUndefined();
    expect(await store.customersWithPending()).toEqual(new Set(['b', 'c']));
  });

  it('an answer about a customer already held does not change its place', async () => {
    const store = new MemoryIndexStore(2);
    await read(store, 'a', minutes(1));
    await read(store, 'b', minutes(2));
    await store.upsert([order('a', 3)], [], minutes(3));
    await read(store, 'c', minutes(4));
    expect([...(await store.readTimes()).keys()]).toEqual(['b', 'c']);
    expect(await store.order('a-order-3')).toBeUndefined();
  });

  it('a bound of one keeps the last customer read', async () => {
    const store = new MemoryIndexStore(1);
    for (const [i, cust] of ['a', 'b', 'c'].entries()) await read(store, cust, minutes(i));
    expect(await store.stats()).toEqual({
      customers: 1,
      orders: 2,
      subscriptions: 2,
      oldestAt: minutes(2),
      newestAt: minutes(2),
    });
  });
});
