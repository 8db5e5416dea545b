// The renewal radar's queries on both index stores (this process's memory, and Redis on our own server): term
// ends in a range, soonest first, of some customers or of one kind; open windows, soonest closing first; stale
// records gone when a customer is read again; the two stores answering alike.
import { Redis } from 'ioredis';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedSubscription } from '../../src/index/records';
import type { IndexStore } from '../../src/index/store';
import { keyRoot, RedisKeys } from '../../src/state/redis/keys';
import { RedisIndexStore } from '../../src/state/redis/index-store';
import { Prng } from '../../dev/sandbox/fixtures/prng';
import { startRedis, type TestRedis } from '../support/redis';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-02T10:30:00Z');
const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';

let redis: TestRedis;
const connections: Redis[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.quit().catch(() => undefined)));
  await redis.close();
});

function redisStore(): RedisIndexStore {
  const connection = new Redis(redis.url);
  connections.push(connection);
  return new RedisIndexStore(connection, new RedisKeys(keyRoot(redis.prefix(), 'sandbox')));
}

const sub = (id: string, cust: string, fields: Partial<IndexedSubscription>): IndexedSubscription => ({
  id,
  cust,
  status: 'active',
  qty: 1,
  ...fields,
});

const ids = (page: { items: IndexedSubscription[] }) => page.items.map((s) => s.id);

/** Contoso-like: two customers' subscriptions with term ends and windows around NOW. */
function book(): Map<string, IndexedSubscription[]> {
  return new Map([
    [
      A,
      [
        sub('a-monthly', A, { ends: NOW + 3 * DAY, term: 'P1M', autoRenew: true }),
        sub('a-annual', A, { ends: NOW + 20 * DAY, term: 'P1Y', autoRenew: true, cancelBy: NOW - DAY }),
        sub('a-ends', A, { ends: NOW + 12 * DAY, term: 'P1Y', autoRenew: false }),
        sub('a-change', A, { ends: NOW + 33 * DAY, term: 'P1Y', autoRenew: true, next: { qty: 45 } }),
        sub('a-window', A, {
          ends: NOW + 300 * DAY,
          term: 'P1Y',
          autoRenew: true,
          cancelBy: NOW + 5 * 3_600_000,
        }),
        sub('a-deleted', A, { ends: NOW + 4 * DAY, status: 'deleted', cancelBy: NOW + DAY }),
        sub('a-azure', A, { ends: Date.parse('9999-12-14T00:00:00Z'), cancelBy: null }),
      ],
    ],
    [
      B,
      [
        // The same end as a-monthly: ties go by id.
        sub('b-monthly', B, { ends: NOW + 3 * DAY, term: 'P1M', autoRenew: true, cancelBy: NOW + 2 * DAY }),
        sub('b-triennial', B, { ends: NOW + 45 * DAY, term: 'P3Y', autoRenew: true }),
        sub('b-suspended', B, { ends: NOW + 5 * DAY, term: 'P1M', status: 'suspended' }),
        sub('b-unknown-status', B, { ends: NOW + 6 * DAY, term: 'P1M', status: 'somethingnew' }),
      ],
    ],
  ]);
}

async function filled(store: IndexStore): Promise<PartnerIndex> {
  for (const [customerId, subscriptions] of book())
    await store.putCustomer({ customerId, subscriptions, at: NOW });
  return new PartnerIndex(store);
}

describe.each([
  ['in process', () => new MemoryIndexStore(10_000, () => NOW)],
  ['in Redis', () => redisStore()],
])('the radar queries %s', (_name, makeStore) => {
  it('lists term ends in [from, to], soonest first (ties by id), without settled subscriptions', async () => {
    const index = await filled(makeStore());
    const page = await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 20);
    expect(ids(page)).toEqual([
      'a-monthly',
      'b-monthly',
      'b-unknown-status',
      'a-ends',
      'a-annual',
      'a-change',
      'b-triennial',
    ]);
    expect(page.total).toBe(7);
    // Both ends included.
    expect(ids(await index.subscriptionsEnding(NOW + 12 * DAY, NOW + 20 * DAY))).toEqual([
      'a-ends',
      'a-annual',
    ]);
    expect((await index.subscriptionsEnding(NOW + 90 * DAY, NOW)).total).toBe(0);
  });

  it('pages, and counts without reading with limit 0', async () => {
    const index = await filled(makeStore());
    const second = await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 2, 3);
    expect(ids(second)).toEqual(['b-unknown-status', 'a-ends', 'a-annual']);
    expect(second.total).toBe(7);
    expect(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 0)).toEqual({ items: [], total: 7 });
    expect(ids(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 6, 10))).toEqual(['b-triennial']);
  });

  it('of some customers only (any case), and of one kind', async () => {
    const index = await filled(makeStore());
    const of = await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 10, [B.toUpperCase()]);
    expect(ids(of)).toEqual(['b-monthly', 'b-unknown-status', 'b-triennial']);
    expect((await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 1, 1, [A, B])).items[0]?.id).toBe(
      'b-monthly',
    );
    expect((await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 10, [])).total).toBe(0);
    const kinds = async (customers?: string[]) =>
      Object.fromEntries(
        await Promise.all(
          (['ends', 'changes', 'rollovers', 'terms'] as const).map(async (kind) => [
            kind,
            ids(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 10, customers, kind)),
          ]),
        ),
      );
    expect(await kinds()).toEqual({
      ends: ['a-ends'],
      changes: ['a-change'],
      rollovers: ['a-monthly', 'b-monthly', 'b-unknown-status'],
      terms: ['a-annual', 'b-triennial'],
    });
    expect(await kinds([A])).toEqual({
      ends: ['a-ends'],
      changes: ['a-change'],
      rollovers: ['a-monthly'],
      terms: ['a-annual'],
    });
  });

  it('lists open windows soonest closing first: closed, null and absent ones are not', async () => {
    const index = await filled(makeStore());
    const open = await index.subscriptionsWithOpenWindow(NOW);
    expect(ids(open)).toEqual(['a-window', 'b-monthly']);
    expect(open.total).toBe(2);
    // A window closing exactly now is closed.
    expect(ids(await index.subscriptionsWithOpenWindow(NOW + 5 * 3_600_000))).toEqual(['b-monthly']);
    expect(ids(await index.subscriptionsWithOpenWindow(NOW, 0, 10, [B]))).toEqual(['b-monthly']);
    expect(await index.subscriptionsWithOpenWindow(NOW, 1, 0)).toEqual({ items: [], total: 2 });
  });

  it('drops what a customer no longer has when it is read again, and follows changed dates', async () => {
    const store = makeStore();
    const index = await filled(store);
    await store.putCustomer({
      customerId: A,
      subscriptions: [
        // Renewed: its end moved a year on, and a window opened.
        sub('a-annual', A, { ends: NOW + 385 * DAY, term: 'P1Y', autoRenew: true, cancelBy: NOW + 6 * DAY }),
        // Auto-renew turned on again: no longer "ends".
        sub('a-ends', A, { ends: NOW + 12 * DAY, term: 'P1Y', autoRenew: true }),
      ],
      at: NOW + 1,
    });
    expect(ids(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 20, [A]))).toEqual(['a-ends']);
    expect(ids(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 20, undefined, 'ends'))).toEqual([]);
    expect(ids(await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 20, undefined, 'terms'))).toEqual([
      'a-ends',
      'b-triennial',
    ]);
    expect(ids(await index.subscriptionsWithOpenWindow(NOW))).toEqual(['b-monthly', 'a-annual']);
    // A person's answer updates one record in place: it expired.
    await store.upsert(
      [],
      [sub('b-monthly', B, { ends: NOW + 3 * DAY, status: 'expired', cancelBy: null })],
      NOW,
    );
    expect(ids(await index.subscriptionsWithOpenWindow(NOW))).toEqual(['a-annual']);
    expect(ids(await index.subscriptionsEnding(NOW, NOW + 4 * DAY, 0, 20))).toEqual([]);
  });

  it('answers nonsense with an empty page, never an error', async () => {
    const index = await filled(makeStore());
    expect(await index.subscriptionsEnding(Number.NaN, NOW)).toEqual({ items: [], total: 0 });
    expect(await index.subscriptionsWithOpenWindow(Number.NaN)).toEqual({ items: [], total: 0 });
    expect((await index.subscriptionsEnding(NOW, NOW + 90 * DAY, -5, -1)).items).toEqual([]);
    expect((await index.subscriptionsEnding(-Infinity, Infinity, 0, 100)).total).toBe(9);
  });
});

describe('the in-process store', () => {
  it('forgets an evicted customer in the radar too', async () => {
    const store = new MemoryIndexStore(2, () => NOW);
    const index = await filled(store);
    await store.putCustomer({
      customerId: C,
      subscriptions: [sub('c-monthly', C, { ends: NOW + DAY, term: 'P1M', cancelBy: NOW + DAY })],
      at: NOW,
    });
    // A was read first: it is the one evicted.
    const ending = await index.subscriptionsEnding(NOW, NOW + 90 * DAY, 0, 20);
    expect(ending.items.every((s) => s.cust !== A)).toBe(true);
    expect(ids(await index.subscriptionsWithOpenWindow(NOW))).toEqual(['c-monthly', 'b-monthly']);
  });
});

describe('both stores', () => {
  it('answer alike over many customers, pages and ranges', async () => {
    const rng = new Prng(0x4ad4);
    /** One of the values, or (as often as any of them) none. */
    const maybe = <T>(values: readonly T[]): T | undefined => values[rng.int(0, values.length)];
    const customers = Array.from({ length: 40 }, (_, i) => `cust-${String(i).padStart(2, '0')}`);
    const snapshots = customers.map((customerId) => ({
      customerId,
      at: NOW,
      subscriptions: Array.from({ length: rng.int(0, 25) }, (_, i) =>
        sub(`${customerId}-s${i}`, customerId, {
          ends: rng.chance(0.9) ? NOW + rng.int(-10, 400) * DAY + rng.pick([0, 0, 0, 3_600_000]) : undefined,
          cancelBy: rng.chance(0.5)
            ? NOW + rng.int(-200, 200) * 3_600_000
            : rng.chance(0.5)
              ? null
              : undefined,
          term: maybe(['P1M', 'P1Y', 'P3Y']),
          autoRenew: maybe([true, true, false]),
          next: rng.chance(0.1) ? { qty: 3 } : undefined,
          status: rng.pick(['active', 'active', 'active', 'suspended', 'pending']),
        }),
      ),
    }));
    const [memory, shared] = [new MemoryIndexStore(10_000, () => NOW), redisStore()];
    for (const store of [memory, shared]) for (const s of snapshots) await store.putCustomer(s);
    const [a, b] = [new PartnerIndex(memory), new PartnerIndex(shared)];
    let answered = 0;
    for (let q = 0; q < 40; q++) {
      const from = NOW + rng.int(-20, 200) * DAY;
      const to = from + rng.int(0, 120) * DAY;
      const offset = rng.int(0, 30);
      const limit = rng.int(0, 25);
      const some = rng.chance(0.3) ? customers.filter(() => rng.chance(0.2)) : undefined;
      const kind = maybe(['ends', 'changes', 'rollovers', 'terms'] as const);
      const ending = await a.subscriptionsEnding(from, to, offset, limit, some, kind);
      expect(await b.subscriptionsEnding(from, to, offset, limit, some, kind)).toEqual(ending);
      if (ending.items.length > 0) answered++;
      const at = NOW + rng.int(-100, 100) * 3_600_000;
      expect(await b.subscriptionsWithOpenWindow(at, offset, limit, some)).toEqual(
        await a.subscriptionsWithOpenWindow(at, offset, limit, some),
      );
    }
    // Many questions had answers: the comparison is not only of empty pages.
    expect(answered).toBeGreaterThan(10);
  });
});
