// Every Partner Center call takes a token from the partner-wide budget; an empty budget never becomes a 429
// from the bot: the call is refused as throttled without a request, and the cache answers with stale data.

import { CachedPartnerCenterApi, DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { PartnerBudget } from '../../src/state/partner-budget';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

let pc: SandboxClient;
beforeAll(async () => {
  // One token, then one a minute: the second call finds the budget empty.
  const budget = new PartnerBudget(new MemoryTokenBucket({ perMinute: 1, capacity: 1 }), 'partner-1', 50);
  pc = await startSandboxClient({ budget });
});
afterAll(() => pc.sandbox.close());

describe('the partner-wide budget in the transport', () => {
  it('refuses a call as throttled, without sending it, when the budget is spent; the cache serves stale data', async () => {
    const policy = { ...DEFAULT_CACHE_POLICY, ordersTtlMs: 1, staleWhileRevalidateMs: 0 };
    let now = 1_700_000_000_000;
    const cache = new ResponseCache(policy, undefined, { now: () => now });
    const api = new CachedPartnerCenterApi(pc.client, cache, policy, 'global|partner-1');
    const good = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    now += 10;
    pc.sandbox.clearRequests();
    const ctx = { ...turn(), freshness: {} as { staleAgeMs?: number } };
    expect(await api.listOrders(CONTOSO_TENANT_ID, {}, ctx)).toEqual(good);
    expect(ctx.freshness.staleAgeMs).toBeGreaterThanOrEqual(1);
    expect(pc.sandbox.requests).toHaveLength(0);
    await expect(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn())).rejects.toMatchObject({
      reason: 'throttled',
      status: 0,
    });
    cache.close();
  });
});

describe('a turn waiting for the budget', () => {
  let queued: SandboxClient;
  beforeAll(async () => {
    // A burst of 2, then a token every 100 ms.
    const budget = new PartnerBudget(new MemoryTokenBucket({ perMinute: 600, capacity: 2 }), 'partner-1');
    queued = await startSandboxClient({ budget });
  });
  afterAll(() => queued.sandbox.close());
  beforeEach(() => queued.sandbox.clearRequests());

  it("waits for its token within its turn's deadline instead of being told Partner Center is busy", async () => {
    const ctx = { ...turn(), deadline: Date.now() + 10_000 };
    const calls = Array.from({ length: 6 }, () => queued.client.listOrders(CONTOSO_TENANT_ID, {}, ctx));
    expect(await Promise.all(calls)).toHaveLength(6);
    expect(queued.sandbox.requests).toHaveLength(6);
  });

  it('is refused at once, with no request sent, when its token would come after its deadline', async () => {
    const soon = { ...turn(), deadline: Date.now() + 10_000 };
    await Promise.all([1, 2].map(() => queued.client.listOrders(CONTOSO_TENANT_ID, {}, soon)));
    queued.sandbox.clearRequests();
    const ending = { ...turn(), deadline: Date.now() + 500 }; // less than the 1 s a call needs
    await expect(queued.client.listOrders(CONTOSO_TENANT_ID, {}, ending)).rejects.toMatchObject({
      reason: 'throttled',
      status: 0,
    });
    expect(queued.sandbox.requests).toHaveLength(0);
  });
});
