// When a turn's signal aborts while the cache waits for Partner Center, the turn gets the last good answer
// (with its age) or a timeout at once; other turns waiting for the same call still get its answer.

import type { CachePolicy } from '../../src/cache';
import type { RequestContext } from '../../src/partnercenter/request-context';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { useCachedSandbox } from '../support/cached-sandbox';
import { turn } from '../support/partner-center';

// Wide margins: the sandbox answers after SLOW_MS, the turn gives up after DEADLINE_MS.
const SLOW_MS = 3000;
const DEADLINE_MS = 100;

const sandbox = useCachedSandbox({ maxRetries: 0 });
const { ordersCalls } = sandbox;
const cached = (policy: Partial<CachePolicy> = {}) => sandbox.setUp(policy).api;
const withDeadline = (ms: number): RequestContext => ({
  ...turn(),
  signal: AbortSignal.timeout(ms),
  freshness: {},
});

describe('a turn deadline while the cache waits for Partner Center', () => {
  it('gives a timeout at once when there is nothing cached', async () => {
    const api = cached();
    sandbox.pc.sandbox.knobs.latencyMs = SLOW_MS;
    const started = Date.now();
    await expect(api.listOrders(CONTOSO_TENANT_ID, {}, withDeadline(DEADLINE_MS))).rejects.toMatchObject({
      name: 'PartnerCenterError',
      reason: 'timeout',
      operation: 'listOrders',
    });
    expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
  });

  it('serves the last good answer, with its age, when there is one', async () => {
    let clock = 1_700_000_000_000;
    const { api } = sandbox.setUp({ ordersTtlMs: 20, staleWhileRevalidateMs: 0 }, { now: () => clock });
    const good = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    clock += 40;
    sandbox.pc.sandbox.knobs.latencyMs = SLOW_MS;
    const ctx = withDeadline(DEADLINE_MS);
    const started = Date.now();
    expect(await api.listOrders(CONTOSO_TENANT_ID, {}, ctx)).toEqual(good);
    expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
    expect(ctx.freshness?.staleAgeMs).toBe(40);
  });

  it('serves the last good answer on a refresh too, and when the deadline had already passed', async () => {
    const api = cached();
    const good = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    sandbox.pc.sandbox.knobs.latencyMs = SLOW_MS;
    const refresh = { ...withDeadline(DEADLINE_MS), bypassCache: true };
    expect(await api.listOrders(CONTOSO_TENANT_ID, {}, refresh)).toEqual(good);
    const late: RequestContext = { ...turn(), bypassCache: true, signal: AbortSignal.abort() };
    expect(await api.listOrders(CONTOSO_TENANT_ID, {}, late)).toEqual(good);
  });

  it('does not abort the shared call another turn waits for', async () => {
    const api = cached();
    sandbox.pc.sandbox.knobs.latencyMs = 600;
    const hasty = api.listOrders(CONTOSO_TENANT_ID, {}, withDeadline(DEADLINE_MS));
    const patient = api.listOrders(CONTOSO_TENANT_ID, {}, withDeadline(30_000));
    await expect(hasty).rejects.toMatchObject({ reason: 'timeout' });
    expect((await patient).length).toBeGreaterThan(0);
    expect(ordersCalls()).toBe(1);
  });
});
