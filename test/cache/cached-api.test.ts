import type { CachePolicy } from '../../src/cache';
import type { RequestContext } from '../../src/partnercenter/request-context';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { useCachedSandbox } from '../support/cached-sandbox';
import { turn } from '../support/partner-center';
import { until } from '../support/until';

const sandbox = useCachedSandbox({ maxRetries: 1 });
const { ordersCalls } = sandbox;
const cached = (policy: Partial<CachePolicy> = {}) => sandbox.setUp(policy).api;
const withFreshness = (): RequestContext => ({ ...turn(), freshness: {} });

describe('CachedPartnerCenterApi over the real client and sandbox', () => {
  it('makes one upstream call for 50 concurrent identical requests', async () => {
    sandbox.pc.sandbox.knobs.latencyMs = 50;
    const api = cached();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.listOrders(CONTOSO_TENANT_ID, { billingCycle: 'one_time' }, turn()),
      ),
    );
    expect(ordersCalls()).toBe(1);
    expect(new Set(results.map((r) => r.length)).size).toBe(1);
  });

  it('answers a warm request without any upstream call', async () => {
    const api = cached();
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    sandbox.pc.sandbox.clearRequests();
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(sandbox.pc.sandbox.requests).toHaveLength(0);
  });

  it('keeps different queries apart', async () => {
    const api = cached();
    const all = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    const monthly = await api.listOrders(CONTOSO_TENANT_ID, { billingCycle: 'monthly' }, turn());
    expect(ordersCalls()).toBe(2);
    expect(monthly.length).toBeLessThan(all.length);
  });

  it('shares one answer between two spellings of an order id (Partner Center matches ids in any case)', async () => {
    const api = cached();
    const id = 'eeba9d00-7b46-443a-917e-22887a8fc993';
    const lower = await api.getOrder(CONTOSO_TENANT_ID, id, turn());
    sandbox.pc.sandbox.clearRequests();
    const upper = await api.getOrder(CONTOSO_TENANT_ID.toUpperCase(), id.toUpperCase(), turn());
    expect(upper).toBe(lower);
    expect(sandbox.pc.sandbox.requests).toHaveLength(0);
  });

  it('bypasses the cache when the user asks for a refresh', async () => {
    const api = cached();
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    await api.listOrders(CONTOSO_TENANT_ID, {}, { ...turn(), bypassCache: true });
    expect(ordersCalls()).toBe(2);
  });

  it('serves the old answer at once after the TTL and refreshes in the background', async () => {
    let now = Date.parse('2026-07-01T10:00:00Z');
    const { api } = sandbox.setUp(
      { ordersTtlMs: 30_000, staleWhileRevalidateMs: 60_000 },
      { now: () => now },
    );
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    now += 31_000;
    sandbox.pc.sandbox.knobs.latencyMs = 300;
    const staleBefore = sandbox.pc.metrics.total(sandbox.pc.metrics.cache, 'listOrders stale');
    const ctx = withFreshness();
    const old = await api.listOrders(CONTOSO_TENANT_ID, {}, ctx);
    // Answered from the cache ('stale'), not after a failed call (which would set an age for the card).
    expect(sandbox.pc.metrics.total(sandbox.pc.metrics.cache, 'listOrders stale')).toBe(staleBefore + 1);
    expect(ctx.freshness?.staleAgeMs).toBeUndefined();
    expect(old.length).toBeGreaterThan(0);
    await until(() => ordersCalls() === 2, 'the background refresh');
  });

  it('serves the last good answer, with its age, when Partner Center fails', async () => {
    let now = Date.parse('2026-07-01T10:00:00Z');
    const { api } = sandbox.setUp({ ordersTtlMs: 30_000, staleWhileRevalidateMs: 0 }, { now: () => now });
    const good = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    now += 60_000;
    sandbox.pc.sandbox.knobs.faults.push({ match: '/orders', status: 500 });
    const ctx = withFreshness();
    const served = await api.listOrders(CONTOSO_TENANT_ID, {}, ctx);
    expect(served).toEqual(good);
    expect(ctx.freshness?.staleAgeMs).toBe(60_000);
    expect(sandbox.pc.metrics.total(sandbox.pc.metrics.cache, 'listOrders stale')).toBeGreaterThanOrEqual(1);
  });

  it('passes the error on when there is nothing to fall back to, to every waiting caller', async () => {
    const api = cached();
    sandbox.pc.sandbox.knobs.faults.push({ match: '/orders', status: 404 });
    const results = await Promise.allSettled([
      api.listOrders(CONTOSO_TENANT_ID, {}, turn()),
      api.listOrders(CONTOSO_TENANT_ID, {}, turn()),
    ]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toMatchObject({ reason: 'notFound' });
    }
  });
});
