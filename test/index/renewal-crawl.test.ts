// The renewal calendar end to end: the crawler reads the sandbox (60 customers, its clock pinned) over HTTP into
// each index store, and the radar's queries find Contoso's book as the sandbox wrote it, with partner-wide
// totals equal to a direct count of what the sandbox serves.
import { Redis } from 'ioredis';
import {
  CONTOSO_RENEWAL_SUBSCRIPTION_IDS as SUBS,
  CONTOSO_TENANT_ID,
  SANDBOX_TOKEN,
  startSandbox,
  type Sandbox,
} from '../../dev/sandbox';
import { crawlBudget } from '../../src/index/budget';
import { IndexCrawler } from '../../src/index/crawler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexStore } from '../../src/index/store';
import { createLogger } from '../../src/logging/logger';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import { parsePartnerCenterDate } from '../../src/partnercenter/dates';
import type { Subscription } from '../../src/partnercenter/models';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../src/partnercenter/transport';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { keyRoot, RedisKeys } from '../../src/state/redis/keys';
import { RedisIndexStore } from '../../src/state/redis/index-store';
import { startRedis, type TestRedis } from '../support/redis';

const CUSTOMERS = 60;
const PER_MINUTE = 3_000;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The sandbox's clock, pinned: its calendar is placed relative to it. */
const NOW = Date.parse('2026-12-02T10:30:00Z');

let sandbox: Sandbox;
let client: PartnerCenterClient;
let redis: TestRedis;
let connection: Redis;
/** Every customer's subscriptions as the sandbox serves them, read directly. */
let served: Subscription[];
let clock = NOW;

const turn = () => ({ correlationId: 'renewal-crawl', locale: 'en-US' });

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, customers: CUSTOMERS, orderCompleteAfterS: 0, now: () => NOW });
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    maxRetries: 0,
    baseUrl: sandbox.url,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
  });
  client = new PartnerCenterClient(transport);
  redis = await startRedis();
  connection = new Redis(redis.url);
  const customers = await client.listCustomers(turn());
  served = (await Promise.all(customers.map((c) => client.listSubscriptions(c.id, turn())))).flat();
});
afterAll(async () => {
  await connection.quit().catch(() => undefined);
  await sandbox.close();
  await redis.close();
});

async function crawled(store: IndexStore): Promise<PartnerIndex> {
  const bucket = new MemoryTokenBucket({ perMinute: PER_MINUTE, capacity: 200 }, () => clock);
  const crawler = new IndexCrawler({
    store,
    source: client,
    budget: crawlBudget(() => bucket, PER_MINUTE * 5, 0.2, 'sandbox'),
    logger: createLogger('silent'),
    now: () => clock,
  });
  const index = new PartnerIndex(store);
  for (let s = 0; s < 3_600; s++, clock += 1000) {
    await crawler.tick();
    const coverage = await index.coverage();
    if (coverage.totalCustomers > 0 && coverage.customers === coverage.totalCustomers) break;
  }
  expect((await index.coverage()).customers).toBe(CUSTOMERS);
  return index;
}

const SETTLED = ['deleted', 'expired', 'disabled', 'suspended'];
const onRadar = (s: Subscription) => !SETTLED.includes((s.status ?? '').toLowerCase());
const at = (text: string | null | undefined) => parsePartnerCenterDate(text) ?? Number.NaN;
const ids = (page: { items: { id: string }[] }) => page.items.map((s) => s.id);

describe.each([
  ['in process', () => new MemoryIndexStore(10_000, () => clock)],
  ['in Redis', () => new RedisIndexStore(connection, new RedisKeys(keyRoot(redis.prefix(), 'sandbox')))],
])('the calendar crawled into the index %s', (_name, makeStore) => {
  let index: PartnerIndex;
  beforeAll(async () => {
    index = await crawled(makeStore());
  });

  it("finds Contoso's term ends, ends and changes in the next 90 days, soonest first", async () => {
    const page = await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 50, [CONTOSO_TENANT_ID]);
    const found = ids(page);
    const order = [
      SUBS.copilotEnds,
      SUBS.e5Annual,
      SUBS.standardToPremium,
      SUBS.e3Triennial,
      SUBS.salesToTriennial,
      SUBS.defenderEnds,
    ];
    expect(found.filter((id) => order.includes(id as never))).toEqual(order);
    const ends = ids(
      await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 50, [CONTOSO_TENANT_ID], 'ends'),
    );
    expect(ends).toEqual(expect.arrayContaining([SUBS.copilotEnds, SUBS.defenderEnds]));
    const changes = (
      await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 50, [CONTOSO_TENANT_ID], 'changes')
    ).items;
    expect(changes.find((s) => s.id === SUBS.standardToPremium)?.next).toEqual({
      product: 'CFQ7TTC0LCHC:0001',
      qty: 45,
    });
    expect(changes.find((s) => s.id === SUBS.salesToTriennial)?.next).toEqual({
      term: 'P3Y',
      cycle: 'annual',
    });
  });

  it("finds Contoso's open windows, soonest closing first, with their refundable seats", async () => {
    const windows = (await index.subscriptionsWithOpenWindow(NOW, 0, 20, [CONTOSO_TENANT_ID])).items;
    const book = [SUBS.basicClosingWindow, SUBS.exchangeRenewedWindow, SUBS.visioPurchased];
    expect(windows.map((s) => s.id).filter((id) => book.includes(id as never))).toEqual(book);
    const basic = windows.find((s) => s.id === SUBS.basicClosingWindow);
    expect(basic).toMatchObject({ cancelBy: NOW + 5 * HOUR, refund: 200 });
  });

  it('partner-wide, its totals are a direct count of what the sandbox serves', async () => {
    const [from, to] = [NOW, NOW + 90 * DAY];
    const ending = served.filter(
      (s) => onRadar(s) && at(s.commitmentEndDate) >= from && at(s.commitmentEndDate) <= to,
    );
    const open = served.filter((s) => onRadar(s) && at(s.cancellationAllowedUntilDate) > NOW);
    expect((await index.subscriptionsEnding(from, to, 0, 0)).total).toBe(ending.length);
    expect((await index.subscriptionsWithOpenWindow(NOW, 0, 0)).total).toBe(open.length);
    const monthly = ending.filter((s) => s.autoRenewEnabled !== false && !s.scheduledNextTermInstructions);
    const rollovers = monthly.filter((s) => s.termDuration?.toUpperCase() === 'P1M');
    expect((await index.subscriptionsEnding(from, to, 0, 0, undefined, 'rollovers')).total).toBe(
      rollovers.length,
    );
    expect((await index.subscriptionsEnding(from, to, 0, 0, undefined, 'ends')).total).toBe(
      ending.filter((s) => s.autoRenewEnabled === false).length,
    );
    // Every customer that bought anything is there.
    const customers = new Set(
      (await index.subscriptionsEnding(from, to, 0, 100_000)).items.map((s) => s.cust),
    );
    expect(customers.size).toBeGreaterThan(CUSTOMERS * 0.8);
  });
});
