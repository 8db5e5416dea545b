// The shared tier on a real Redis: two "instances" (two sets of state adapters, each with its own in-process
// tier) on one server, as two bot processes would be.

import { Redis } from 'ioredis';
import { DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import { createLogger } from '../../src/logging/logger';
import { CountingMetrics } from '../../src/metrics/metrics';
import type { StateAdapters } from '../../src/state/adapters';
import { BudgetExhaustedError } from '../../src/partnercenter/budget';
import { PartnerBudget } from '../../src/state/partner-budget';
import { redisState, type RedisStateOptions } from '../../src/state/redis';
import { keyRoot, RedisKeys } from '../../src/state/redis/keys';
import { RedisResponseTier } from '../../src/state/redis/response-tier';
import { LogCapture } from '../support/harness';
import { turn } from '../support/partner-center';
import { startRedis, type TestRedis } from '../support/redis';

const SCOPE = 'global|partner-1';
const keysOf = (keyPrefix: string) => new RedisKeys(keyRoot(keyPrefix, SCOPE));
let redis: TestRedis;
const opened: StateAdapters[] = [];
const caches: ResponseCache[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const cache of caches) cache.close();
  for (const state of opened) await state.close();
  await redis.close();
});

async function instances(count: number, options: Partial<RedisStateOptions> = {}) {
  const keyPrefix = redis.prefix();
  const logs = new LogCapture();
  const metrics = new FallbackCounts();
  const made = [];
  for (let i = 0; i < count; i++) {
    const state = await redisState(redis.url, {
      logger: createLogger('info', logs),
      metrics,
      keyPrefix,
      scope: SCOPE,
      ...options,
    });
    opened.push(state);
    const cache = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, {
      store: state.responseStore(DEFAULT_CACHE_POLICY),
    });
    caches.push(cache);
    made.push({ state, cache });
  }
  return { made, logs, metrics, keyPrefix };
}

class FallbackCounts extends CountingMetrics {
  readonly fallbacks: Record<string, number> = {};
  sharedTierFallback(operation: string): void {
    this.fallbacks[operation] = (this.fallbacks[operation] ?? 0) + 1;
  }
}

const lookup = (key = 'orders-of-contoso') => ({
  operation: 'listOrders',
  key,
  ttlMs: 60_000,
  accept: (value: unknown) => Array.isArray(value),
});
const claim = () => ({ sendBy: Date.now() + 5_000 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the response cache on Redis', () => {
  it('answers on a second instance what the first loaded, without loading', async () => {
    const { made } = await instances(2);
    let loads = 0;
    const load = async () => [{ id: `load-${++loads}` }];
    expect(await made[0]!.cache.get(lookup(), turn(), load)).toEqual([{ id: 'load-1' }]);
    expect(await made[1]!.cache.get(lookup(), turn(), load)).toEqual([{ id: 'load-1' }]);
    expect(loads).toBe(1);
  });

  it('makes one load for concurrent identical requests on two instances', async () => {
    const { made } = await instances(2);
    let loads = 0;
    const load = async () => {
      loads++;
      await sleep(200);
      return ['answer'];
    };
    const all = await Promise.all(
      made.flatMap(({ cache }) => Array.from({ length: 25 }, () => cache.get(lookup(), turn(), load))),
    );
    expect(all).toEqual(Array(50).fill(['answer']));
    expect(loads).toBe(1);
  });

  it('uses the entry another instance wrote between its own miss and taking the lock', async () => {
    // The race behind "2 × 25 cold commands sometimes make 2 calls": B looked and missed, A loaded, shared
    // and unlocked, then B took the free lock. B must look again before loading.
    const { made } = await instances(2);
    const [a, b] = made.map(({ state }) => state.responseStore(DEFAULT_CACHE_POLICY));
    let loads = 0;
    const load = async () => {
      const fetchedAt = Date.now();
      return { value: [++loads], fetchedAt, expiresAt: fetchedAt + 60_000, stamp: `s${loads}` };
    };
    const options = { accept: (v: unknown) => Array.isArray(v), newerThan: -Infinity };
    expect(await b!.get('raced', options)).toBeUndefined();
    expect((await a!.singleFlight('raced', load, options)).entry.value).toEqual([1]);
    const second = await b!.singleFlight('raced', load, options);
    expect(second).toMatchObject({ entry: { value: [1] }, joined: true });
    expect(loads).toBe(1);
    a!.close();
    b!.close();
  });

  it('does not serve a value read back in the wrong shape: it loads instead', async () => {
    const { made, keyPrefix } = await instances(1);
    const direct = new Redis(redis.url);
    const now = Date.now();
    const wrong = { value: { not: 'an array' }, fetchedAt: now, expiresAt: now + 60_000, stamp: 's' };
    await new RedisResponseTier(direct, keysOf(keyPrefix), 1000).write('k', wrong);
    direct.disconnect();
    expect(await made[0]!.cache.get(lookup('k'), turn(), async () => ['loaded'])).toEqual(['loaded']);
  });

  it("lets a waiting instance load by itself once a dead holder's lock expires", async () => {
    const lockTtlMs = 500;
    const { made, keyPrefix } = await instances(1, { lockTtlMs });
    const direct = new Redis(redis.url);
    // An instance that took the lock and died: nobody will release it.
    expect(await new RedisResponseTier(direct, keysOf(keyPrefix), lockTtlMs).lock('orphan')).toBeDefined();
    direct.disconnect();
    const started = Date.now();
    expect(await made[0]!.cache.get(lookup('orphan'), turn(), async () => ['mine'])).toEqual(['mine']);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(lockTtlMs - 100);
    expect(waited).toBeLessThan(lockTtlMs + 5_000);
  });
});

describe('shared limits, activity ids and budget', () => {
  it('remembers an activity id for every instance', async () => {
    const { made } = await instances(2);
    expect(await made[0]!.state.seenActivities.firstTime('activity-1')).toBe(true);
    expect(await made[1]!.state.seenActivities.firstTime('activity-1')).toBe(false);
    expect(await made[1]!.state.seenActivities.firstTime('activity-2')).toBe(true);
  });

  it('counts a per-person limit across instances', async () => {
    const { made } = await instances(2);
    const [a, b] = made.map(({ state }) => state.limiters('user', 3, 60));
    const decisions = [await a!.consume('dana'), await b!.consume('dana'), await a!.consume('dana')];
    expect(decisions).toEqual(Array(3).fill({ allowed: true }));
    expect(await b!.consume('dana')).toMatchObject({ allowed: false });
    expect(await a!.consume('lee')).toEqual({ allowed: true });
  });

  it('shares one token bucket per partner; an empty bucket makes calls wait, then refuse', async () => {
    const { made } = await instances(2);
    const shape = { perMinute: 600, capacity: 2 }; // one token every 100 ms after a burst of 2
    const [a, b] = made.map(({ state }) => new PartnerBudget(state.tokenBucket(shape), 'partner-1', 1_000));
    await a!.take(claim());
    await b!.take(claim());
    const started = Date.now();
    await a!.take(claim()); // the bucket is empty: waits for the next token
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    const impatient = new PartnerBudget(made[1]!.state.tokenBucket(shape), 'partner-1', 0);
    await expect(impatient.take(claim())).rejects.toBeInstanceOf(BudgetExhaustedError);
    const otherPartner = new PartnerBudget(made[1]!.state.tokenBucket(shape), 'partner-2', 0);
    await expect(otherPartner.take(claim())).resolves.toBeUndefined();
  });
  it('queues people in one bucket across instances, in arrival order, ahead of background work', async () => {
    const { made } = await instances(2);
    const shape = { perMinute: 60, capacity: 1 }; // one token a second
    const [a, b] = made.map(({ state }) => state.tokenBucket(shape));
    const person = { priority: 'person' as const, maxWaitMs: 10_000 };
    const takes = [];
    for (const bucket of [a, b, a, b]) takes.push(await bucket!.take('queue', person));
    expect(takes.map((t) => t.taken)).toEqual([true, true, true, true]);
    const waits = takes.map((t) => t.waitMs);
    expect(waits[0]).toBe(0);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]! + 500);
    expect(await b!.take('queue', { priority: 'background', maxWaitMs: 10_000 })).toMatchObject({
      taken: false,
    });
    expect(await a!.take('queue', { ...person, maxWaitMs: 1_000 })).toMatchObject({ taken: false });
  });
});

describe('when Redis goes away', () => {
  it('keeps answering from the in-process tier, logs it once, counts fallbacks and comes back', async () => {
    const { made, logs, metrics } = await instances(1, { nearTtlMs: 0 });
    const { state, cache } = made[0]!;
    let loads = 0;
    const load = async () => [`load-${++loads}`];
    expect(await cache.get(lookup(), turn(), load)).toEqual(['load-1']);
    expect(state.sharedTier?.status).toBe('ok');

    await redis.stopServer();
    try {
      // Served from this process (the near copy), and new questions are still answered.
      expect(await cache.get(lookup(), turn(), load)).toEqual(['load-1']);
      expect(await cache.get(lookup('other'), turn(), load)).toEqual(['load-2']);
      expect(await state.seenActivities.firstTime('during-outage')).toBe(true);
      expect(await state.seenActivities.firstTime('during-outage')).toBe(false);
      expect((await state.limiters('user', 5, 60).consume('dana')).allowed).toBe(true);
      expect(state.sharedTier?.status).toBe('degraded');
      expect(Object.values(metrics.fallbacks).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
      const warnings = logs.records().filter((r) => /Redis unreachable/.test(String(r.msg)));
      expect(warnings).toHaveLength(1);
      expect(logs.text()).not.toContain(redis.url);
    } finally {
      await redis.startServer();
    }
    for (let i = 0; i < 50 && state.sharedTier?.status !== 'ok'; i++) await sleep(100);
    expect(state.sharedTier?.status).toBe('ok');
  });
});
