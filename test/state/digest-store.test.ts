// Both DigestStore implementations keep the same promises: duplicates, the cap per thread, one claim per thing
// announced (leases, retries, settled keys), baselines that never override a claim, one leader.
import { Redis } from 'ioredis';
import { MemoryDigestStore, digestId, type Digest, type DigestStore } from '../../src/state/digest-store';
import { RedisKeys } from '../../src/state/redis/keys';
import { RedisDigestStore } from '../../src/state/redis/digest-store';
import { startRedis, type TestRedis } from '../support/redis';

let redis: TestRedis;
let client: Redis;
beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
});
afterAll(async () => {
  await client.quit();
  await redis.close();
});

function aDigest(
  conversationId: string,
  cadence: 'daily' | 'weekly' = 'weekly',
  customers?: string[],
): Digest {
  const scope = customers?.map((id) => ({ id, name: id.toUpperCase() }));
  return {
    id: digestId(conversationId, { kind: 'renewals', cadence }, scope),
    kind: 'renewals',
    cadence,
    conversation: { serviceUrl: 'http://127.0.0.1:1', conversationId, channelId: 'emulator', reference: {} },
    owner: { id: 'u1' },
    ...(scope ? { customers: scope } : {}),
    locale: 'en-US',
    createdAt: 1,
  };
}

const key = (k: string) => ({ key: k, ttlMs: 60_000 });

describe.each([
  ['memory', () => new MemoryDigestStore() as DigestStore],
  ['redis', () => new RedisDigestStore(client, new RedisKeys(redis.prefix())) as DigestStore],
])('%s digest store', (_name, make) => {
  it('refuses the same digest twice in a thread, and holds the cap per thread', async () => {
    const store = make();
    expect(await store.add(aDigest('c1'), 2)).toEqual({ added: true });
    expect(await store.add(aDigest('c1'), 2)).toEqual({ added: false, reason: 'duplicate' });
    // Customers in another order are the same digest.
    expect(await store.add(aDigest('c1', 'daily', ['b', 'a']), 2)).toEqual({ added: true });
    expect(await store.add(aDigest('c1', 'daily', ['a', 'b']), 2)).toEqual({
      added: false,
      reason: 'duplicate',
    });
    expect(await store.add(aDigest('c1', 'daily', ['c']), 2)).toEqual({ added: false, reason: 'cap' });
    expect(await store.add(aDigest('c2'), 2)).toEqual({ added: true });
    expect((await store.inConversation('c1')).map((d) => d.id)).toHaveLength(2);
    expect(await store.all()).toHaveLength(3);
    expect(await store.remove(aDigest('c1').id)).toBe(true);
    expect(await store.remove(aDigest('c1').id)).toBe(false);
    expect(await store.get(aDigest('c1').id)).toBeUndefined();
    expect(await store.add(aDigest('c1', 'daily', ['c']), 2)).toEqual({ added: true });
  });

  it('claims a key once: others wait for the lease, the holder may claim again, "sent" settles it', async () => {
    const store = make();
    const id = aDigest('c1').id;
    expect(await store.claim(id, [key('p1')], 'a', 1_000, 0)).toEqual({
      claimed: [{ key: 'p1', tries: 0 }],
      settled: [],
    });
    expect((await store.claim(id, [key('p1')], 'b', 2_000, 500)).claimed).toEqual([]);
    expect((await store.claim(id, [key('p1')], 'a', 2_000, 500)).claimed).toEqual([{ key: 'p1', tries: 0 }]);
    // The lease ended: another may take it.
    expect((await store.claim(id, [key('p1')], 'b', 5_000, 2_000)).claimed).toEqual([
      { key: 'p1', tries: 0 },
    ]);
    await store.sent(id, [key('p1')]);
    expect(await store.claim(id, [key('p1')], 'b', 9_000, 9_000)).toEqual({ claimed: [], settled: ['p1'] });
  });

  it('gives a refused key back with its tries, to be claimed from its retry time', async () => {
    const store = make();
    const id = aDigest('c1').id;
    await store.claim(id, [key('w1'), key('w2')], 'a', 1_000, 0);
    await store.release(id, [key('w1')], 'a', 5_000, 1);
    // Not the releaser's claim any more (another took it over): left as it is.
    await store.release(id, [key('w2')], 'b', 5_000, 1);
    expect((await store.claim(id, [key('w1'), key('w2')], 'c', 9_000, 4_000)).claimed).toEqual([
      { key: 'w2', tries: 0 },
    ]);
    expect((await store.claim(id, [key('w1')], 'c', 9_000, 5_000)).claimed).toEqual([
      { key: 'w1', tries: 1 },
    ]);
  });

  it('notes a baseline without overriding a claim or a post', async () => {
    const store = make();
    const id = aDigest('c1').id;
    await store.claim(id, [key('held')], 'a', 1_000, 0);
    await store.sent(id, [key('posted')]);
    await store.baseline(id, [key('held'), key('posted'), key('old')]);
    const after = await store.claim(id, [key('held'), key('posted'), key('old'), key('new')], 'a', 2_000, 10);
    expect(after.claimed.map((c) => c.key)).toEqual(['held', 'new']);
    expect(after.settled.sort()).toEqual(['old', 'posted']);
  });

  it("keeps a window alert's baseline", async () => {
    const store = make();
    const alert: Digest = {
      ...aDigest('c1'),
      kind: 'windows',
      id: digestId('c1', { kind: 'windows' }, undefined),
    };
    delete (alert as { cadence?: string }).cadence;
    await store.add(alert, 5);
    await store.setBaseline(alert.id, 1234);
    expect(await store.get(alert.id)).toMatchObject({ kind: 'windows', baselineAt: 1234 });
  });

  it('lets one instance lead at a time', async () => {
    const store = make();
    expect(await store.lead('a', 10_000)).toBe(true);
    expect(await store.lead('b', 10_000)).toBe(false);
    expect(await store.lead('a', 10_000)).toBe(true);
  });
});
