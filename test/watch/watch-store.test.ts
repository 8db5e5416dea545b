// Both WatchStore implementations keep the same promises: duplicates, the cap, compare-and-set, one leader.
import { Redis } from 'ioredis';
import { RedisWatchStore } from '../../src/state/redis/watch-store';
import { MemoryWatchStore, watchId, type Watch, type WatchStore } from '../../src/state/watch-store';
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

function aWatch(conversationId: string, orderId: string, owner = 'u1'): Watch {
  return {
    id: watchId(conversationId, orderId),
    conversation: { serviceUrl: 'http://127.0.0.1:1', conversationId, channelId: 'emulator', reference: {} },
    owner: { id: owner },
    customerId: 'c1',
    customerName: 'Contoso',
    orderId,
    locale: 'en-US',
    state: { status: 'pending', since: '2026-01-01T00:00:00.000Z' },
    createdAt: 0,
    expiresAt: Date.now() + 60_000,
  };
}

describe.each([
  ['memory', () => new MemoryWatchStore() as WatchStore],
  ['redis', () => new RedisWatchStore(client, redis.prefix()) as WatchStore],
])('%s watch store', (_name, make) => {
  it('refuses a duplicate in one conversation, not in another', async () => {
    const store = make();
    expect(await store.add(aWatch('conv-a', 'o1'), 25)).toEqual({ added: true });
    expect(await store.add(aWatch('conv-a', 'O1'), 25)).toEqual({ added: false, reason: 'duplicate' });
    expect(await store.add(aWatch('conv-b', 'o1'), 25)).toEqual({ added: true });
    expect((await store.inConversation('conv-a')).map((w) => w.orderId)).toEqual(['o1']);
    expect(await store.all()).toHaveLength(2);
  });

  it("gives each reader the watch as it was read: a later change or the adder's own edits do not reach it", async () => {
    const store = make();
    const added = aWatch('conv-a', 'o1');
    await store.add(added, 25);
    added.customerName = 'changed by the caller';
    const before = (await store.get(added.id))!;
    const from = before.state;
    expect(
      await store.advance(added.id, from, { status: 'completed', since: '2026-01-02T00:00:00.000Z' }),
    ).toBe(true);
    expect(before.customerName).toBe('Contoso');
    expect(before.state).toEqual({ status: 'pending', since: '2026-01-01T00:00:00.000Z' });
    expect((await store.all())[0]!.state.status).toBe('completed');
  });

  it('holds the cap per person', async () => {
    const store = make();
    expect(await store.add(aWatch('c', 'o1'), 2)).toEqual({ added: true });
    expect(await store.add(aWatch('c', 'o2'), 2)).toEqual({ added: true });
    expect(await store.add(aWatch('c', 'o3'), 2)).toEqual({ added: false, reason: 'cap' });
    expect(await store.add(aWatch('c', 'o3', 'u2'), 2)).toEqual({ added: true });
    expect(await store.remove(watchId('c', 'o1'))).toBe(true);
    expect(await store.remove(watchId('c', 'o1'))).toBe(false);
    expect(await store.add(aWatch('c', 'o3'), 2)).toEqual({ added: false, reason: 'duplicate' });
    expect(await store.add(aWatch('c', 'o4'), 2)).toEqual({ added: true });
  });

  it('moves the last state once (compare-and-set)', async () => {
    const store = make();
    const watch = aWatch('c', 'o1');
    await store.add(watch, 25);
    const to = { status: 'completed', since: '2026-01-02T00:00:00.000Z' };
    const tries = await Promise.all([1, 2, 3].map(() => store.advance(watch.id, watch.state, to)));
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect((await store.get(watch.id))?.state).toEqual(to);
  });

  it('moves provisioning from a state stored without it, once', async () => {
    const store = make();
    const watch = aWatch('c', 'o1');
    await store.add(watch, 25);
    const read = { ...watch.state, provisioning: 'pending:2' };
    const stepped = {
      status: 'pending',
      since: '2026-01-03T00:00:00.000Z',
      provisioning: 'fulfilled:1,pending:1',
    };
    // A state with `provisioning: undefined` is the same state as one without the field.
    expect(await store.advance(watch.id, { ...watch.state, provisioning: undefined }, read)).toBe(true);
    expect(await store.advance(watch.id, watch.state, stepped)).toBe(false);
    expect(await store.advance(watch.id, read, stepped)).toBe(true);
    expect((await store.get(watch.id))?.state).toEqual(stepped);
  });

  it('stores a notice with the state it announces, until it is cleared', async () => {
    const store = make();
    const watch = aWatch('c', 'o1');
    await store.add(watch, 25);
    const notice = { id: 'n1', card: { type: 'AdaptiveCard' }, final: false, attempts: 0, at: 1 };
    const to = { status: 'completed', since: '2026-01-02T00:00:00.000Z' };
    expect(await store.advance(watch.id, to, to, notice)).toBe(false); // a lost compare-and-set stores nothing
    expect((await store.get(watch.id))?.pendingNotice).toBeUndefined();
    expect(await store.advance(watch.id, watch.state, to, notice)).toBe(true);
    expect((await store.get(watch.id))?.pendingNotice).toEqual(notice);
    await store.setNotice(watch.id, { ...notice, attempts: 1 });
    expect((await store.all())[0]?.pendingNotice?.attempts).toBe(1);
    await store.setNotice(watch.id, undefined);
    expect((await store.get(watch.id))?.pendingNotice).toBeUndefined();
    await store.remove(watch.id);
    await store.setNotice(watch.id, notice); // a removed watch does not come back
    expect(await store.get(watch.id)).toBeUndefined();
  });

  it('lets one sender claim a notice until its lease ends, and settles only that notice', async () => {
    const store = make();
    const watch = aWatch('c', 'o1');
    await store.add(watch, 25);
    const to = { status: 'completed', since: '2026-01-02T00:00:00.000Z' };
    const claim = { by: 'a', until: 1_000 };
    const notice = { id: 'n1', card: { type: 'AdaptiveCard' }, final: true, attempts: 0, at: 1, claim };
    expect(await store.advance(watch.id, watch.state, to, notice)).toBe(true);
    expect((await store.get(watch.id))?.pendingNotice?.claim).toEqual(claim);
    expect(await store.claimNotice(watch.id, 'n1', { by: 'b', until: 2_000 }, 999)).toBe(false);
    expect(await store.claimNotice(watch.id, 'n0', { by: 'b', until: 2_000 }, 1_000)).toBe(false);
    expect(await store.claimNotice(watch.id, 'n1', { by: 'a', until: 1_500 }, 999)).toBe(true);
    expect(await store.claimNotice(watch.id, 'n1', { by: 'b', until: 2_000 }, 1_500)).toBe(true);
    // A retry releases the claim.
    await store.setNotice(watch.id, { ...notice, attempts: 1, claim: undefined });
    expect((await store.get(watch.id))?.pendingNotice?.claim).toBeUndefined();
    expect(await store.claimNotice(watch.id, 'n1', { by: 'c', until: 3_000 }, 0)).toBe(true);
    await store.noticeDone(watch, 'n0', true); // another notice: nothing
    expect((await store.get(watch.id))?.pendingNotice?.id).toBe('n1');
    await store.noticeDone(watch, 'n1', true); // the final notice ends the watch
    expect(await store.get(watch.id)).toBeUndefined();
    expect(await store.all()).toEqual([]);
    expect(await store.inConversation('c')).toEqual([]);
  });

  it('elects one leader until its lock lapses', async () => {
    const store = make();
    expect(await store.lead('a', 200)).toBe(true);
    expect(await store.lead('b', 200)).toBe(false);
    expect(await store.lead('a', 200)).toBe(true);
    await new Promise((r) => setTimeout(r, 350));
    expect(await store.lead('b', 200)).toBe(true);
  });
});
