// sharedTier.upstreamCallsPer1000: one mixed workload (50 people, 200 customers with Zipf popularity, 10 % of
// commands with "refresh", which skips the cache) replayed in the same run against three set-ups, counting every
// request the sandbox receives (customer directory loads included):
//   - 2 instances sharing Redis (response cache, single-flight, customer directory);
//   - 2 instances without the shared tier: no Redis, so each its own cache and no shared directory (as the bot ran
//     before it had either): the target's baseline;
//   - the same 2 instances, each with its own in-process directory (for information: the "refresh" turns, which
//     skip every cache, make about 200 calls in every set-up, so no sharing can bring this ratio near 0.6);
//   - 1 instance, in process, with its directory.
import { randomUUID } from 'node:crypto';
import { startApp, type AppOptions, type RunningApp } from '../src/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { startSandbox, type Sandbox } from '../dev/sandbox';
import { ACTIVITY_ID_SLOT, coldTurnP50Ms, messageActivity, postTurn } from './load';

// The partner-wide budget (400 a minute) would pace this burst to ~7 calls a second and make it take minutes; the
// figure counts calls, so the budget is lifted here (the per-person limit, too).
const ENV = {
  PORT: '0',
  SANDBOX_PORT: '0',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '0',
  PARTNER_CENTER_BUDGET_PER_MINUTE: '100000',
};
const CUSTOMERS = 200;
const PEOPLE = 50;
const TURNS = 1000;
const REFRESH_SHARE = 0.1;
const CONCURRENCY = Number(process.env.BENCH_MIXED_CONCURRENCY ?? 10);

export interface MixedWorkloadFigures {
  turns: number;
  people: number;
  customers: number;
  refreshShare: number;
  /** Upstream calls per 1000 turns. */
  sharedTwoInstances: number;
  twoInstancesWithoutSharedTier: number;
  twoInstancesWithOwnDirectories: number;
  oneInstanceInProcess: number;
  /** shared / 2 without the shared tier (target ≤ 0.6); shared / 1 instance in process (target ≤ 1.1). */
  ratioVsTwoWithoutSharedTier: number;
  ratioVsOneInstance: number;
  ratioVsTwoWithOwnDirectories: number;
}

export interface KnownCustomerFigures {
  knownCustomerP50Ms: number;
  upstreamLatencyMs: number;
  roundTrips: number;
}

/** A small seeded PRNG (mulberry32): the same workload in every set-up and every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Turn {
  text: string;
  person: number;
}

/** Customer k (1-based) is asked for with probability ∝ 1/k (Zipf, s = 1). */
function workload(): Turn[] {
  const random = prng(0x5eed);
  const weights = Array.from({ length: CUSTOMERS }, (_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
  return Array.from({ length: TURNS }, () => {
    const r = random();
    const rank = cumulative.findIndex((c) => r <= c) + 1 || CUSTOMERS;
    const name = `extra customer ${String(rank).padStart(4, '0')}`;
    const monthly = random() < 0.2 ? ' monthly' : '';
    const refresh = random() < REFRESH_SHARE ? ' refresh' : '';
    return { text: `orders for ${name}${monthly}${refresh}`, person: Math.floor(random() * PEOPLE) };
  });
}

function activity(connectorUrl: string, turn: Turn): string {
  return JSON.stringify({
    type: 'message',
    id: ACTIVITY_ID_SLOT,
    serviceUrl: connectorUrl,
    channelId: 'emulator',
    from: { id: `person-${turn.person}`, name: `Person ${turn.person}` },
    conversation: { id: `conversation-${turn.person}` },
    recipient: { id: 'bot', name: 'Bot' },
    text: turn.text,
    locale: 'en-US',
  });
}

/** Replays the turns, CONCURRENCY at a time, turn i on instance i mod n; returns the upstream calls made. */
async function replay(
  sandbox: Sandbox,
  apps: RunningApp[],
  turns: Turn[],
  connectorUrl: string,
): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < turns.length) {
      const i = next++;
      await postTurn(apps[i % apps.length]!.url, activity(connectorUrl, turns[i]!));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return sandbox.requests.length;
}

async function measure(
  sandbox: Sandbox,
  instances: number,
  env: Record<string, string>,
  options: AppOptions,
  turns: Turn[],
  connectorUrl: string,
): Promise<number> {
  sandbox.clearRequests();
  const logger = createLogger('silent');
  const apps: RunningApp[] = [];
  try {
    for (let i = 0; i < instances; i++)
      apps.push(await startApp(readConfig({ ...ENV, ...env }), logger, { ...options, sandbox }));
    await Promise.all(apps.map((app) => app.directoryReady));
    const calls = await replay(sandbox, apps, turns, connectorUrl);
    return Math.round((calls * 1000) / turns.length);
  } finally {
    for (const app of apps.reverse()) await app.close();
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The three set-ups on one sandbox with 200 generated customers; redisUrl undefined: skipped by the caller. */
export async function measureMixedWorkload(
  redisUrl: string,
  connectorUrl: string,
): Promise<MixedWorkloadFigures> {
  const sandbox = await startSandbox({ port: 0, extraCustomers: CUSTOMERS });
  const turns = workload();
  try {
    const shared = await measure(
      sandbox,
      2,
      { REDIS_URL: redisUrl },
      { redis: { keyPrefix: `bench-${randomUUID()}:` } },
      turns,
      connectorUrl,
    );
    const apart = await measure(sandbox, 2, {}, { directory: false }, turns, connectorUrl);
    const apartWithDirectories = await measure(sandbox, 2, {}, {}, turns, connectorUrl);
    const one = await measure(sandbox, 1, {}, {}, turns, connectorUrl);
    return {
      turns: TURNS,
      people: PEOPLE,
      customers: CUSTOMERS,
      refreshShare: REFRESH_SHARE,
      sharedTwoInstances: shared,
      twoInstancesWithoutSharedTier: apart,
      twoInstancesWithOwnDirectories: apartWithDirectories,
      oneInstanceInProcess: one,
      ratioVsTwoWithoutSharedTier: ratio(shared, apart),
      ratioVsOneInstance: ratio(shared, one),
      ratioVsTwoWithOwnDirectories: ratio(shared, apartWithDirectories),
    };
  } finally {
    await sandbox.close();
  }
}

/**
 * A cold "orders for contoso" once the directory is loaded: the customer resolves locally, so the turn is one
 * round trip (orders and subscriptions in parallel) of `latencyMs`.
 */
export async function measureKnownCustomer(
  connectorUrl: string,
  latencyMs: number,
): Promise<KnownCustomerFigures> {
  const app = await startApp(readConfig(ENV), createLogger('silent'));
  try {
    const state = await app.directoryReady;
    if (!state?.loaded) throw new Error('the customer directory did not load');
    app.sandbox!.knobs.latencyMs = latencyMs;
    return {
      knownCustomerP50Ms: await coldTurnP50Ms(app, messageActivity(connectorUrl, 'orders for contoso')),
      upstreamLatencyMs: latencyMs,
      roundTrips: 1,
    };
  } finally {
    await app.close();
  }
}
