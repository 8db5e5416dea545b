// The cache is bounded in memory (keys and per-entry overhead count, not only the values' JSON), its entries
// expire for good after TTL + staleIfErrorMs, and a wrong-shaped answer is never stored.

import { ENTRY_OVERHEAD_BYTES } from '../../src/cache/entry-size';
import type { RequestContext } from '../../src/partnercenter/request-context';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { useCachedSandbox } from '../support/cached-sandbox';
import { turn } from '../support/partner-center';

const sandbox = useCachedSandbox({ maxRetries: 0 });
const { setUp, ordersCalls } = sandbox;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withFreshness = (): RequestContext => ({ ...turn(), freshness: {} });

describe('memory bound', () => {
  it('counts the key and a per-entry overhead, so many small answers cannot exceed maxBytes', async () => {
    const maxBytes = 64 * 1024;
    const { cache } = setUp({ maxBytes });
    const key = (i: number) => `${'k'.repeat(200)}-${i}`;
    for (let i = 0; i < 1000; i++) {
      await cache.get({ operation: 'searchCustomers', key: key(i), ttlMs: 60_000 }, turn(), async () => []);
    }
    const { entries, bytes } = cache.size;
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    expect(bytes / entries).toBeGreaterThanOrEqual(ENTRY_OVERHEAD_BYTES + 2 * key(0).length);
    expect(entries).toBeLessThan(1000);
  });
});

describe('expiry', () => {
  // Time is the cache's clock, moved by the test; only the sweeper's own tick is waited for.
  let clock = 1_700_000_000_000;
  const now = () => clock;
  const sweepTick = () => sleep(30);

  it('removes an entry once TTL + staleIfErrorMs have passed, with no request touching it', async () => {
    const { cache, api } = setUp(
      { ordersTtlMs: 20, staleWhileRevalidateMs: 0, staleIfErrorMs: 40, sweepIntervalMs: 10 },
      { now },
    );
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(cache.size.entries).toBe(1);
    clock += 30;
    await sweepTick();
    expect(cache.size.entries).toBe(1); // stale, still kept for stale-if-error
    clock += 200;
    await sweepTick();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('does not serve an expired answer when Partner Center fails', async () => {
    const { api } = setUp(
      { ordersTtlMs: 20, staleWhileRevalidateMs: 0, staleIfErrorMs: 30, sweepIntervalMs: 60_000 },
      { now },
    );
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    clock += 100;
    sandbox.pc.sandbox.knobs.faults.push({ match: '/orders', status: 500 });
    await expect(api.listOrders(CONTOSO_TENANT_ID, {}, turn())).rejects.toMatchObject({ reason: 'upstream' });
  });
});

describe('wrong-shaped answers', () => {
  const wrongShape = () =>
    sandbox.pc.sandbox.knobs.faults.push({
      match: '/orders',
      status: 200,
      body: { items: 'oops' },
      times: 1,
    });

  it('are refused as malformed and not cached: the next request asks again', async () => {
    const { cache, api } = setUp();
    wrongShape();
    await expect(api.listOrders(CONTOSO_TENANT_ID, {}, turn())).rejects.toMatchObject({
      reason: 'malformed',
    });
    expect(cache.size.entries).toBe(0);
    const orders = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(orders.length).toBeGreaterThan(0);
    expect(ordersCalls()).toBe(2);
  });

  it('count as a failure: the last good answer is served with its age', async () => {
    let clock = 1_700_000_000_000;
    const { api } = setUp({ ordersTtlMs: 20, staleWhileRevalidateMs: 0 }, { now: () => clock });
    const good = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    clock += 40;
    wrongShape();
    const ctx = withFreshness();
    expect(await api.listOrders(CONTOSO_TENANT_ID, {}, ctx)).toEqual(good);
    expect(ctx.freshness?.staleAgeMs).toBe(40);
  });
});
