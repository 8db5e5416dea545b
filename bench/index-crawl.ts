// index.crawl: one full crawler pass over the sandbox's customers (10,000), on a fake clock with every rate and
// interval scaled by SCALE (the crawler's budget × SCALE, its relisting and priority intervals ÷ SCALE): the
// same crawl, SCALE times faster, so it takes seconds of fake time per tick instead of hours. It counts the
// Partner Center calls of the pass in the sandbox's request log, and compares the minutes the pass took (scaled
// back to the default budget) with calls ÷ (share × budget): within 5 % means it spends its share and no more.
import { crawlBudget } from '../src/index/budget';
import { DEFAULT_RELIST_MS, IndexCrawler, PRIORITY_REFRESH_MS } from '../src/index/crawler';
import { MemoryIndexStore } from '../src/index/memory-store';
import type { IndexedOrder, IndexedSubscription } from '../src/index/records';
import type { IndexStore } from '../src/index/store';
import { createLogger } from '../src/logging/logger';
import { StaticTokenProvider } from '../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../src/partnercenter/client';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../src/partnercenter/transport';
import { MemoryTokenBucket } from '../src/state/memory/token-bucket';
import { SANDBOX_TOKEN } from '../dev/sandbox';
import { median } from './load';
import type { ThreadSandbox } from './sandbox-thread';

/** How much faster than real time the crawl runs (fake time: nothing waits). */
export const SCALE = 50;
/** The crawler's tick on the fake clock (its default, 1 s; at SCALE it reads about 33 customers a tick). */
const TICK_MS = 1_000;
/** A pass not done after this many times its minimal calls' worth of time is reported as not done. */
const GIVE_UP_FACTOR = 3;

export interface CrawlFigures {
  customers: number;
  budgetPerMinute: number;
  share: number;
  scale: number;
  passDone: boolean;
  /** Partner Center calls of the pass, from the sandbox's request log, and by kind. */
  callsPerPass: number;
  calls: { customerListPages: number; ordersLists: number; subscriptionsLists: number };
  /** Customers read again within the pass (asked, watched or with a pending order, when due). */
  priorityReReads: number;
  /** What the crawler counted against its share (equal to callsPerPass when it pays for every call). */
  crawlerCountedCalls: number;
  /** calls ÷ (share × budget): the pass's length if the crawler spends exactly its share. */
  expectedMinutesPerPass: number;
  /** The pass's length on the fake clock, × SCALE (at the default budget). */
  measuredMinutesPerPass: number;
  /** measured ÷ expected: 1 spends its share exactly; below 1 would be more than its share. */
  ratio: number;
  orders: number;
  subscriptions: number;
  wallSeconds: number;
}

/** What the pass stored, per customer, as JSON outside the JS heap (for the size and query figures). */
export type CrawledCustomers = Map<string, Buffer>;

export interface CrawledCustomer {
  orders: IndexedOrder[];
  subscriptions: IndexedSubscription[];
}

const transportTo = (baseUrl: string) =>
  new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    baseUrl,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
  });

export async function crawlPass(
  sandbox: ThreadSandbox,
  customers: number,
  budgetPerMinute: number,
  share: number,
): Promise<{ figures: CrawlFigures; crawled: CrawledCustomers }> {
  const started = performance.now();
  const start = Date.parse('2026-07-01T10:00:00Z');
  let clock = start;
  const now = () => clock;
  const store = new MemoryIndexStore(customers * 2, now);
  const budget = crawlBudget(
    (shape) => new MemoryTokenBucket(shape, now),
    budgetPerMinute * SCALE,
    share,
    'sandbox',
  );
  // Its burst spent first: a burst is 1/8 of a minute's share, nothing at 4 hours a pass but 3 % at SCALE.
  while (await budget.take());
  const crawler = new IndexCrawler({
    store,
    source: new PartnerCenterClient(transportTo(sandbox.url)),
    budget,
    logger: createLogger('silent'),
    instanceId: 'bench',
    tickMs: TICK_MS,
    relistMs: DEFAULT_RELIST_MS / SCALE,
    priorityRefreshMs: PRIORITY_REFRESH_MS / SCALE,
    now,
  });
  const perMinute = budgetPerMinute * share;
  const minimalCalls = 2 * customers + Math.ceil(customers / 100);
  const giveUpAt = start + (GIVE_UP_FACTOR * minimalCalls * 60_000) / (perMinute * SCALE);
  await sandbox.clearRequests();
  let done = false;
  while (!done && clock < giveUpAt) {
    await crawler.tick();
    done = (await store.stats()).customers >= customers;
    if (!done) clock += TICK_MS;
  }
  const counts = await sandbox.counts();
  const callsPerPass = counts.total;
  const expected = callsPerPass / perMinute;
  const measured = ((clock - start) / 60_000) * SCALE;
  const stats = await store.stats();
  const crawled = await storedCustomers(store);
  await sandbox.clearRequests();
  return {
    figures: {
      customers,
      budgetPerMinute,
      share,
      scale: SCALE,
      passDone: done,
      callsPerPass,
      calls: {
        customerListPages: counts.customerListPages,
        ordersLists: counts.ordersLists,
        subscriptionsLists: counts.subscriptionsLists,
      },
      priorityReReads: counts.ordersListsOfCustomers - counts.customersListed,
      crawlerCountedCalls: crawler.calls,
      expectedMinutesPerPass: round(expected, 1),
      measuredMinutesPerPass: round(measured, 1),
      ratio: round(measured / expected, 3),
      orders: stats.orders,
      subscriptions: stats.subscriptions,
      wallSeconds: round((performance.now() - started) / 1000, 1),
    },
    crawled,
  };
}

/** Every customer the store holds, as JSON (off the JS heap, so measuring a store is not disturbed by it). */
async function storedCustomers(store: MemoryIndexStore): Promise<CrawledCustomers> {
  const byCustomer = new Map<string, CrawledCustomer>();
  for (const customerId of (await store.readTimes()).keys())
    byCustomer.set(customerId, { orders: [], subscriptions: [] });
  const all = Number.MAX_SAFE_INTEGER;
  for (const o of (await store.ordersChangedSince(0, 0, all)).items) byCustomer.get(o.cust)?.orders.push(o);
  for (const s of (await store.subscriptionsMatching('', 0, all)).items)
    byCustomer.get(s.cust)?.subscriptions.push(s);
  const crawled: CrawledCustomers = new Map();
  for (const [id, records] of byCustomer) crawled.set(id, Buffer.from(JSON.stringify(records)));
  return crawled;
}

export const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * What one of the crawler's rounds costs its instance when the share has no token (every tick, 1 s, while it
 * waits): choosing whom to read next over the full index. The first round lists the customers (100 tokens).
 */
export async function idleRoundMs(store: IndexStore, sandboxUrl: string, at: number): Promise<number> {
  let tokens = 100;
  const crawler = new IndexCrawler({
    store,
    source: new PartnerCenterClient(transportTo(sandboxUrl)),
    budget: { take: () => Promise.resolve(tokens-- > 0) },
    logger: createLogger('silent'),
    instanceId: 'bench-idle',
    // Past any lock the pass left, and soon after the records' time: nobody is due again yet.
    now: () => at + 60_000,
  });
  await crawler.tick();
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const started = performance.now();
    await crawler.tick();
    times.push(performance.now() - started);
  }
  return round(median(times), 2);
}
