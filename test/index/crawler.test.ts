// The partner-wide index against the real sandbox over HTTP (60 customers), with the in-process store and
// with Redis (our own redis-server), on a fake clock: the first pass, the queries, the budget share, one
// crawl for two instances, and a crawler's death losing nothing already stored.
import { Redis } from 'ioredis';
import { IndexCrawler } from '../../src/index/crawler';
import { crawlBudget } from '../../src/index/budget';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexStore } from '../../src/index/store';
import { createLogger } from '../../src/logging/logger';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { keyRoot, RedisKeys } from '../../src/state/redis/keys';
import { RedisIndexStore } from '../../src/state/redis/index-store';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox/fixtures/ids';
import { SANDBOX_TOKEN, startSandbox, type Sandbox } from '../../dev/sandbox';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../src/partnercenter/transport';
import { startRedis, type TestRedis } from '../support/redis';

const CUSTOMERS = 60;
const PER_MINUTE = 400;
const SHARE = 0.2;
const logger = createLogger('silent');

let pc: { sandbox: Sandbox; client: PartnerCenterClient };
let redis: TestRedis;
const connections: Redis[] = [];
let clock = Date.parse('2026-07-01T10:00:00Z');

beforeAll(async () => {
  const sandbox = await startSandbox({ port: 0, customers: CUSTOMERS, orderCompleteAfterS: 0 });
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    maxRetries: 0,
    baseUrl: sandbox.url,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
  });
  pc = { sandbox, client: new PartnerCenterClient(transport) };
  redis = await startRedis();
});
afterAll(async () => {
  // quit, not disconnect, and not twice: ioredis's disconnect leaves a 2 s timer that keeps jest from exiting.
  await Promise.all(
    connections.filter((c) => c.status !== 'end').map((c) => c.quit().catch(() => undefined)),
  );
  await pc.sandbox.close();
  await redis.close();
});
beforeEach(() => pc.sandbox.clearRequests());

function redisStore(prefix: string): RedisIndexStore {
  const connection = new Redis(redis.url);
  connections.push(connection);
  return new RedisIndexStore(connection, new RedisKeys(keyRoot(prefix, 'sandbox')));
}

function crawler(store: IndexStore, bucket: MemoryTokenBucket, id: string, lockTtlMs = 30_000): IndexCrawler {
  return new IndexCrawler({
    store,
    source: pc.client,
    budget: crawlBudget(() => bucket, PER_MINUTE, SHARE, 'sandbox'),
    logger,
    instanceId: id,
    lockTtlMs,
    now: () => clock,
  });
}

const bucketOnClock = () =>
  new MemoryTokenBucket({ perMinute: PER_MINUTE * SHARE, capacity: 10 }, () => clock);
const crawlCalls = () =>
  pc.sandbox.requests.filter((r) => /\/(orders|subscriptions)$|\/customers$/i.test(r.path)).length;

/** Ticks every second of the fake clock until the first pass is done (or `seconds` have passed). */
async function run(crawlers: IndexCrawler[], index: PartnerIndex, seconds: number): Promise<number> {
  const started = clock;
  for (let s = 0; s < seconds; s++) {
    for (const c of crawlers) await c.tick();
    const coverage = await index.coverage();
    if (coverage.totalCustomers > 0 && coverage.customers === coverage.totalCustomers) break;
    clock += 1000;
  }
  return clock - started;
}

describe.each([
  ['in process', () => new MemoryIndexStore(10_000, () => clock)],
  ['in Redis', () => redisStore(redis.prefix())],
])('the index %s', (_name, makeStore) => {
  it('reads every customer once in the first pass, within its share of the budget, and answers queries', async () => {
    const store = makeStore();
    const index = new PartnerIndex(store);
    const elapsed = await run([crawler(store, bucketOnClock(), 'a')], index, 3 * 3600);
    const coverage = await index.coverage();
    expect(coverage).toMatchObject({ customers: CUSTOMERS, totalCustomers: CUSTOMERS, firstPass: 1 });
    // Two calls a customer and the customer list: the share (80 a minute, a burst of 10) is never exceeded.
    const calls = crawlCalls();
    // (Northwind's 1,200 orders and 1,900 subscriptions come in pages of 500: a few calls more.)
    expect(calls).toBeGreaterThanOrEqual(2 * CUSTOMERS + 1);
    expect(calls).toBeLessThanOrEqual(2 * CUSTOMERS + 1 + 6);
    expect(calls).toBeLessThanOrEqual((PER_MINUTE * SHARE * elapsed) / 60_000 + 10);

    const [order] = await index.findOrder(' 9QG-ErcO… ');
    expect(order).toMatchObject({
      id: '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      cust: CONTOSO_TENANT_ID.toLowerCase(),
    });
    const subscription = (await index.findSubscription('db8c695b-1c3c-4c55-b697-771503dd46bf'))[0];
    expect(subscription?.cust).toBe(CONTOSO_TENANT_ID.toLowerCase());
    const pending = await index.pendingOrders(0, 5);
    expect(pending.total).toBeGreaterThan(5);
    expect(pending.items.every((o) => o.status === 'pending')).toBe(true);
    expect((await index.subscriptionsOf('azure plan')).total).toBeGreaterThan(0);
    expect((await index.ordersChangedSince(Date.UTC(2026, 5, 1))).total).toBeGreaterThan(0);
  });
});

describe('in Redis, several instances', () => {
  it('two instances on one Redis crawl once', async () => {
    const prefix = redis.prefix();
    const [storeA, storeB] = [redisStore(prefix), redisStore(prefix)];
    const bucket = bucketOnClock();
    const index = new PartnerIndex(storeA);
    await run([crawler(storeA, bucket, 'a'), crawler(storeB, bucket, 'b')], index, 3 * 3600);
    expect((await new PartnerIndex(storeB).coverage()).customers).toBe(CUSTOMERS);
    const ordersLists = pc.sandbox.requests.filter((r) => /\/orders$/i.test(r.path));
    // Each customer's list once (Northwind's in 3 pages).
    expect(new Set(ordersLists.map((r) => r.path)).size).toBe(CUSTOMERS);
    expect(ordersLists.length).toBeLessThanOrEqual(CUSTOMERS + 2);
  });

  it("killing the crawler's instance loses no coverage stored in Redis; the next one goes on from there", async () => {
    const prefix = redis.prefix();
    const bucket = bucketOnClock();
    const storeA = redisStore(prefix);
    const first = crawler(storeA, bucket, 'a', 50);
    for (let s = 0; s < 60; s++, clock += 1000) await first.tick();
    const before = (await new PartnerIndex(storeA).coverage()).customers;
    expect(before).toBeGreaterThan(20);
    // "Killed": it never ticks again and its connection is gone; its 50 ms lock lapses.
    connections[connections.length - 1]!.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    pc.sandbox.clearRequests();
    const storeB = redisStore(prefix);
    const index = new PartnerIndex(storeB);
    expect((await index.coverage()).customers).toBe(before);
    await run([crawler(storeB, bucket, 'b', 50)], index, 3 * 3600);
    expect((await index.coverage()).customers).toBe(CUSTOMERS);
    // Only what was left was read (and the customer list once more).
    const ordersLists = pc.sandbox.requests.filter((r) => /\/orders$/i.test(r.path)).length;
    expect(ordersLists).toBeLessThanOrEqual(CUSTOMERS - before + 1);
  });
});
