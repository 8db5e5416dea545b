// index: the partner-wide order index at 10,000 sandbox customers (issue 18). One crawler pass (its calls, and
// whether it keeps to its share of the default budget), what a record costs in memory and in Redis, and how
// fast the full index answers: `order <id>` against a warm cached turn, `pending orders` across customers and
// `renewals` partner-wide; and what posting digests costs Partner Center (issue 19: nothing, they read the index).
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { startApp, type RunningApp } from '../src/app';
import { readConfig } from '../src/config';
import { PartnerIndex } from '../src/index/partner-index';
import type { IndexedOrder } from '../src/index/records';
import type { IndexStore } from '../src/index/store';
import { createLogger } from '../src/logging/logger';
import { memoryState } from '../src/state/adapters';
import type { Sandbox } from '../dev/sandbox';
import { crawlPass, idleRoundMs, type CrawlFigures, type CrawledCustomers } from './index-crawl';
import { measureQueries, measureTurns, type QueryFigures, type TurnFigures } from './index-queries';
import {
  measureMemory,
  measureRedis,
  rebuilt,
  redisIndexStore,
  type MemoryBytes,
  type RedisBytes,
} from './index-size';
import { BenchClock, measureDigests, type DigestFigures } from './index-digests';
import { startRecordingConnector } from './recording-connector';
import { startSandboxThread } from './sandbox-thread';
import { startBenchRedis } from './redis-server';
import type { Section } from './sections';

const CUSTOMERS = 10_000;
const SKIPPED = 'skipped: no redis-server on PATH and no REDIS_URL';
/**
 * Targets: the pass within 5 % of calls ÷ share; `order <id>` ≤ 2 × a warm turn; `pending orders` ≤ 250 ms;
 * `renewals` partner-wide ≤ 250 ms.
 */
const SHARE_TOLERANCE = 0.05;
const PENDING_MAX_MS = 250;
const RENEWALS_MAX_MS = 250;

// The bot under test: its own crawler off (the index is full already), and a budget that lets its customer
// directory load 10,000 customers (100 pages) at once instead of over a minute.
const APP_ENV = {
  PORT: '0',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '0',
  INDEX_BUDGET_SHARE: '0',
  PARTNER_CENTER_BUDGET_PER_MINUTE: '100000',
};

export interface IndexFigures {
  crawl: CrawlFigures;
  /** What a crawler round costs its instance when its share has no token: every tick (1 s) while it waits. */
  crawlerIdleRoundMs: { memory: number; redis: number | string };
  bytes: { memory: MemoryBytes; redis: RedisBytes | { note: string } };
  queries: { memory: QueryFigures; redis: QueryFigures | { note: string } };
  turns: { memory: TurnFigures; redis: TurnFigures | { note: string } };
  /** A weekly digest and a window alert posted partner-wide by the bot's scheduler (issue 19). */
  digests: { memory: DigestFigures; redis: DigestFigures | { note: string } };
  /** What the targets were checked on: the turns once the commands exist, else the queries they will make. */
  targetsCheckedOn: { orderById: string; pendingOrders: string; renewals: string };
  wallSeconds: number;
  /** The machine's load when the section started (it shares 2 cores with whatever else runs). */
  loadAverage: number;
}

/** A spread of orders over every customer: the first order of every k-th customer (those with orders). */
function sampleOrders(crawled: CrawledCustomers, count: number, at: number): IndexedOrder[] {
  const step = Math.max(1, Math.floor(crawled.size / count));
  return [...crawled]
    .filter((_, i) => i % step === 0)
    .map(([id, json]) => rebuilt(json, id, at).orders[0])
    .filter((o): o is IndexedOrder => o !== undefined);
}

async function idleRoundOnRedis(redisUrl: string, prefix: string, sandboxUrl: string, at: number) {
  const redis = redisIndexStore(redisUrl, prefix);
  try {
    return await idleRoundMs(redis.store, sandboxUrl, at);
  } finally {
    redis.close();
  }
}

async function withApp<T>(
  env: Record<string, string>,
  options: Parameters<typeof startApp>[2],
  run: (app: RunningApp) => Promise<T>,
): Promise<T> {
  const app = await startApp(readConfig({ ...APP_ENV, ...env }), createLogger('silent'), options);
  try {
    await app.directoryReady;
    return await run(app);
  } finally {
    await app.close();
  }
}

export async function indexSection(): Promise<Section<IndexFigures>> {
  const started = performance.now();
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10;
  const defaults = readConfig({});
  const sandbox = await startSandboxThread({ port: 0, customers: CUSTOMERS, orderCompleteAfterS: 0 });
  // startApp talks to a sandbox it is given by its url alone.
  const shared = { url: sandbox.url } as Sandbox;
  const replies = await startRecordingConnector();
  const redis = await startBenchRedis();
  try {
    const { figures: crawl, crawled } = await crawlPass(
      sandbox,
      CUSTOMERS,
      defaults.partnerCenterBudgetPerMinute,
      defaults.index.budgetShare,
    );
    const at = Date.now();
    const memory = await measureMemory(crawled, at);
    const keyPrefix = `bench-${randomUUID()}:`;
    const redisBytes = redis ? await measureRedis(redis.url, keyPrefix, crawled, at) : undefined;
    const crawlerIdleRound = {
      memory: await idleRoundMs(memory.store, sandbox.url, at),
      redis: redis ? await idleRoundOnRedis(redis.url, keyPrefix, sandbox.url, at) : SKIPPED,
    };

    const samples = sampleOrders(crawled, 50, at);
    const order = samples.find((o) => o.status === 'completed') ?? samples[0]!;
    const newestPending = (await new PartnerIndex(memory.store).pendingOrders(0, 1)).items[0]?.id ?? '';
    const memoryQueries = await measureQueries(new PartnerIndex(memory.store), samples);
    const state = { ...memoryState(), indexStore: (): IndexStore => memory.store };
    // The bots' digest schedulers run on this clock: the bench moves it to the digest hour.
    const clock = new BenchClock();
    const digest = { now: clock.read, tickMs: 3_600_000 };
    const hourUtc = defaults.digest.hourUtc;
    const { memoryTurns, memoryDigests } = await withApp(
      {},
      { sandbox: shared, state, digest },
      async (app) => ({
        memoryTurns: await measureTurns(app, replies, order, newestPending),
        memoryDigests: await measureDigests(app, replies, sandbox, clock, hourUtc),
      }),
    );
    const onRedis = redis
      ? await withApp(
          { REDIS_URL: redis.url },
          { sandbox: shared, redis: { keyPrefix }, digest },
          async (app) => ({
            queries: await measureQueries(app.index, samples),
            turns: await measureTurns(app, replies, order, newestPending),
            digests: await measureDigests(app, replies, sandbox, clock, hourUtc),
          }),
        )
      : undefined;

    const figures: IndexFigures = {
      crawl,
      crawlerIdleRoundMs: crawlerIdleRound,
      bytes: { memory: memory.figures, redis: redisBytes ?? { note: SKIPPED } },
      queries: { memory: memoryQueries, redis: onRedis?.queries ?? { note: SKIPPED } },
      turns: { memory: memoryTurns, redis: onRedis?.turns ?? { note: SKIPPED } },
      digests: { memory: memoryDigests, redis: onRedis?.digests ?? { note: SKIPPED } },
      targetsCheckedOn: {
        orderById:
          typeof memoryTurns.orderByIdP50Ms === 'number'
            ? 'the `order <id>` turn'
            : 'findOrder + the warm turn (the command is not on this build)',
        pendingOrders:
          typeof memoryTurns.pendingOrdersP50Ms === 'number'
            ? 'the `pending orders` turn'
            : 'pendingOrders(0, 10) + coverage() (the command is not on this build)',
        renewals:
          typeof memoryTurns.renewalsP50Ms === 'number'
            ? 'the `renewals` turn'
            : 'readRadar (next 30 days) + coverage() (the command is not on this build)',
      },
      wallSeconds: Math.round((performance.now() - started) / 1000),
      loadAverage,
    };
    return {
      figures,
      targets: {
        ...targetsOf(memoryQueries, memoryTurns, onRedis, crawl),
        // Digests read the index: posting them makes no Partner Center call.
        digestsCostNoPartnerCenterCall:
          memoryDigests.partnerCenterCalls === 0 && (!onRedis || onRedis.digests.partnerCenterCalls === 0),
      },
    };
  } finally {
    await redis?.close();
    await replies.close();
    await sandbox.close();
  }
}

/**
 * `order <id>` ≤ 2 × a warm cached turn, `pending orders` ≤ 250 ms and `renewals` ≤ 250 ms: on the turn when the
 * command exists, else on what it will add to a turn (findOrder plus the warm turn; the pending query; the radar).
 */
function targetsOf(
  queries: QueryFigures,
  turns: TurnFigures,
  redis: { queries: QueryFigures; turns: TurnFigures } | undefined,
  crawl: CrawlFigures,
): Record<string, boolean> {
  const orderById = (q: QueryFigures, t: TurnFigures) =>
    (typeof t.orderByIdP50Ms === 'number'
      ? t.orderByIdP50Ms
      : q.findOrderP50Ms + t.warmOrderForCustomerP50Ms) <=
    2 * t.warmOrderForCustomerP50Ms;
  const pending = (q: QueryFigures, t: TurnFigures) =>
    (typeof t.pendingOrdersP50Ms === 'number' ? t.pendingOrdersP50Ms : q.pendingOrdersP50Ms) <=
    PENDING_MAX_MS;
  const renewals = (q: QueryFigures, t: TurnFigures) =>
    (typeof t.renewalsP50Ms === 'number' ? t.renewalsP50Ms : q.renewalsP50Ms) <= RENEWALS_MAX_MS;
  return {
    indexCrawlerKeepsToItsShare: crawl.passDone && Math.abs(crawl.ratio - 1) <= SHARE_TOLERANCE,
    indexOrderById: orderById(queries, turns) && (!redis || orderById(redis.queries, redis.turns)),
    indexPendingOrders: pending(queries, turns) && (!redis || pending(redis.queries, redis.turns)),
    indexRenewals: renewals(queries, turns) && (!redis || renewals(redis.queries, redis.turns)),
  };
}
