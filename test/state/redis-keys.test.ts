// One partner per prefix (issue 16, item 5): every key lives under REDIS_KEY_PREFIX + the partner's scope, so two
// bots for two partner tenants on one Redis share nothing; ids from outside are hashed into short keys.

import { Redis } from 'ioredis';
import { createLogger } from '../../src/logging/logger';
import { RedisDirectoryStore } from '../../src/directory/redis-store';
import type { StateAdapters } from '../../src/state/adapters';
import { redisState } from '../../src/state/redis';
import { watchId, type Watch } from '../../src/state/watch-store';
import { DEFAULT_CACHE_POLICY } from '../../src/cache';
import { LogCapture } from '../support/harness';
import { startRedis, type TestRedis } from '../support/redis';

let redis: TestRedis;
let direct: Redis;
const opened: StateAdapters[] = [];
beforeAll(async () => {
  redis = await startRedis();
  direct = new Redis(redis.url);
});
afterAll(async () => {
  for (const state of opened) await state.close();
  direct.disconnect();
  await redis.close();
});

async function partner(keyPrefix: string, scope: string): Promise<StateAdapters> {
  const state = await redisState(redis.url, {
    logger: createLogger('info', new LogCapture()),
    keyPrefix,
    scope,
  });
  opened.push(state);
  return state;
}

function aWatch(conversationId: string, owner: string): Watch {
  return {
    id: watchId(conversationId, 'o1'),
    conversation: { serviceUrl: 'http://127.0.0.1:1', conversationId, channelId: 'emulator', reference: {} },
    owner: { id: owner },
    customerId: 'c1',
    customerName: 'Contoso',
    orderId: 'o1',
    locale: 'en-US',
    state: { status: 'pending', since: '2026-01-01T00:00:00.000Z' },
    createdAt: 0,
    expiresAt: Date.now() + 60_000,
  };
}

describe('Redis keys', () => {
  it("keeps two partners on one Redis apart: neither sees the other's watches nor holds its poller lock", async () => {
    const keyPrefix = redis.prefix();
    const a = await partner(keyPrefix, 'global|tenant-a');
    const b = await partner(keyPrefix, 'global|tenant-b');
    expect(await a.watchStore.add(aWatch('conv-1', 'dana'), 25)).toEqual({ added: true });
    expect(await a.watchStore.all()).toHaveLength(1);
    expect(await b.watchStore.all()).toHaveLength(0);
    expect(await b.watchStore.inConversation('conv-1')).toHaveLength(0);
    expect(await a.watchStore.lead('instance-a1', 10_000)).toBe(true);
    expect(await b.watchStore.lead('instance-b1', 10_000)).toBe(true);
    expect(await a.watchStore.lead('instance-a2', 10_000)).toBe(false);
  });

  it('puts every key under the prefix and the partner, and makes a short key of a long id', async () => {
    const keyPrefix = redis.prefix();
    const scope = 'global|tenant-a';
    const state = await partner(keyPrefix, scope);
    const longId = 'x'.repeat(100_020);
    await state.limiters('user', 5, 60).consume(longId);
    await state.seenActivities.firstTime(`emulator|${longId}|activity-1`);
    await state.watchStore.add(aWatch(longId, longId), 25);
    await state.watchStore.lead('instance-1', 10_000);
    const digest = { ...aWatch(longId, longId), kind: 'renewals' as const, cadence: 'weekly' as const };
    await state.digestStore.add(digest, 10);
    await state.digestStore.claim(digest.id, [{ key: longId, ttlMs: 60_000 }], 'instance-1', 1, 0);
    await state.digestStore.lead('instance-1', 10_000);
    await state.tokenBucket({ perMinute: 60, capacity: 1 }).take(scope, { priority: 'person', maxWaitMs: 0 });
    const store = state.responseStore(DEFAULT_CACHE_POLICY);
    const load = async () => ({
      value: ['answer'],
      fetchedAt: Date.now(),
      expiresAt: Date.now() + 60_000,
      stamp: 's',
    });
    await store.singleFlight(JSON.stringify([scope, longId]), load, { newerThan: -Infinity });
    store.close();
    await new RedisDirectoryStore(direct, keyPrefix, scope).write({ loadedAt: 1, customers: [] });

    const keys = await direct.keys(`${keyPrefix}*`);
    expect(keys.length).toBeGreaterThanOrEqual(9);
    for (const key of keys) expect(key.startsWith(`${keyPrefix}${scope}:v1:`)).toBe(true);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(keyPrefix.length + scope.length + 80);
    const kinds = ['limit', 'seen', 'watch', 'watches', 'watch-poller', 'budget', 'entry', 'directory'];
    for (const kind of [...kinds, 'digest', 'digests', 'digest-claim', 'digest-scheduler'])
      expect(keys.some((k) => k.startsWith(`${keyPrefix}${scope}:v1:${kind}`))).toBe(true);
  });
});
