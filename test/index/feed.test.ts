// People's answers feed the partner-wide index (src/index/feed.ts): what an orders, order or subscriptions answer
// showed is written at once, the customer is noted as asked (the crawler reads it whole first), a cached answer
// is written once, and a failed write never touches the answer. Against the real sandbox, through the cache.
import { IndexCrawler } from '../../src/index/crawler';
import { feedingIndex } from '../../src/index/feed';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedOrder, IndexedSubscription } from '../../src/index/records';
import { createLogger } from '../../src/logging/logger';
import { CONTOSO_TENANT_ID, FABRIKAM_RETAIL_TENANT_ID } from '../../dev/sandbox/fixtures/ids';
import { useCachedSandbox } from '../support/cached-sandbox';
import { turn } from '../support/partner-center';

const PENDING_ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const CONTOSO = CONTOSO_TENANT_ID.toLowerCase();
// After anything the sandbox creates (its renewal calendar is placed around the real now): only what an answer
// shows changing is "changed since".
const T0 = Date.now() + 365 * 86_400_000;

const env = useCachedSandbox();

/** The in-process store, counting the writes answers make. */
class CountingStore extends MemoryIndexStore {
  writes = 0;
  override upsert(orders: IndexedOrder[], subscriptions: IndexedSubscription[], at: number): Promise<void> {
    this.writes++;
    return super.upsert(orders, subscriptions, at);
  }
}

function feeding(store = new CountingStore(100), now = () => T0) {
  const asked: string[] = [];
  const failures: unknown[] = [];
  const { api: cached } = env.setUp();
  const api = feedingIndex(cached, {
    store,
    asked: (id) => asked.push(id),
    now,
    failed: (err) => failures.push(err),
  });
  return { api, store, asked, failures, index: new PartnerIndex(store) };
}

describe('answers feed the index', () => {
  it('an orders answer: its orders are found by id at once, and its customer is noted as asked', async () => {
    const { api, store, asked, index } = feeding();
    const orders = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(asked).toEqual([CONTOSO_TENANT_ID]);
    const [found] = await index.findOrder('9QG-ErcO…');
    expect(found).toMatchObject({ id: PENDING_ORDER, cust: CONTOSO, status: 'pending' });
    expect((await index.pendingOrders()).items.map((o) => o.id)).toContain(PENDING_ORDER);
    // Fed, not read whole: the coverage does not count the customer, the orders it holds are counted.
    expect(await index.coverage()).toMatchObject({ customers: 0, orders: orders.length });
    expect(store.writes).toBe(1);
  });

  it("a subscriptions answer and one order's answer are written too", async () => {
    const { api, asked, index } = feeding();
    await api.listSubscriptions(CONTOSO_TENANT_ID, turn());
    const [subscription] = await index.findSubscription('DB8C695B-1C3C-4C55-B697-771503DD46BF');
    expect(subscription).toMatchObject({ cust: CONTOSO, status: 'active' });
    const order = await api.getOrder(CONTOSO_TENANT_ID, 'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1', turn());
    expect((await index.findOrder(order.id))[0]?.cust).toBe(CONTOSO);
    expect(asked.filter((id) => id === CONTOSO_TENANT_ID)).toHaveLength(2);
  });

  it('the same cached answer is written once; a new load is written again', async () => {
    const { api, store, asked } = feeding();
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(env.ordersCalls()).toBe(1);
    expect(store.writes).toBe(1);
    // Each answer still notes the customer: people keep asking about it.
    expect(asked).toHaveLength(2);
    await api.listOrders(CONTOSO_TENANT_ID, {}, { ...turn(), bypassCache: true });
    expect(store.writes).toBe(2);
  });

  it('a write that fails is told and leaves the answer as it is', async () => {
    class BrokenStore extends CountingStore {
      override upsert(): Promise<void> {
        this.writes++;
        return Promise.reject(new Error('redis is away'));
      }
    }
    const { api, failures, asked } = feeding(new BrokenStore(100));
    const orders = await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(orders.map((o) => o.id)).toContain(PENDING_ORDER);
    await new Promise((resolve) => setImmediate(resolve));
    expect(failures).toEqual([new Error('redis is away')]);
    expect(asked).toEqual([CONTOSO_TENANT_ID]);
  });

  it('the crawler reads a customer people asked about before the others', async () => {
    const clock = T0;
    const store = new MemoryIndexStore(1_000, () => clock);
    let tokens = 3; // the customer list, then one customer (two calls)
    const crawler = new IndexCrawler({
      store,
      source: env.pc.client,
      budget: { take: () => Promise.resolve(tokens-- > 0) },
      logger: createLogger('silent'),
      now: () => clock,
    });
    const { api: cached } = env.setUp();
    const api = feedingIndex(cached, { store, asked: (id) => crawler.noteAsked(id) });
    await api.listOrders(FABRIKAM_RETAIL_TENANT_ID, {}, turn());
    env.pc.sandbox.clearRequests();
    await crawler.tick();
    const paths = env.pc.sandbox.requests.map((r) => r.path.toLowerCase());
    expect(paths).toEqual([
      '/v1/customers',
      `/v1/customers/${FABRIKAM_RETAIL_TENANT_ID.toLowerCase()}/orders`,
      `/v1/customers/${FABRIKAM_RETAIL_TENANT_ID.toLowerCase()}/subscriptions`,
    ]);
    expect((await store.readTimes()).get(FABRIKAM_RETAIL_TENANT_ID.toLowerCase())).toBe(clock);
  });

  // Last, since it completes Contoso's pending order in this file's sandbox.
  it('a status an answer shows for the first time dates the change from that answer', async () => {
    let now = T0;
    const { api, index } = feeding(new CountingStore(100), () => now);
    await api.listOrders(CONTOSO_TENANT_ID, {}, turn());
    const complete = await fetch(`${env.pc.sandbox.url}/_sandbox/orders/${PENDING_ORDER}/complete`, {
      method: 'POST',
    });
    expect(complete.status).toBe(200);
    now = T0 + 5 * 60_000;
    await api.listOrders(CONTOSO_TENANT_ID, {}, { ...turn(), bypassCache: true });
    expect((await index.findOrder(PENDING_ORDER))[0]).toMatchObject({ status: 'completed', changed: now });
    expect((await index.ordersChangedSince(now)).items.map((o) => o.id)).toEqual([PENDING_ORDER]);
    expect((await index.pendingOrders()).items.map((o) => o.id)).not.toContain(PENDING_ORDER);
  });
});
