// "Orders changed since" rests on when the index first saw each status: a customer read again keeps the time of
// a status already known, dates a new status at the read, and drops orders it no longer has. The same for the
// in-process store and the Redis one (our own redis-server).
import { Redis } from 'ioredis';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { indexedOrder } from '../../src/index/records';
import type { IndexStore } from '../../src/index/store';
import type { Order } from '../../src/partnercenter/models';
import { keyRoot, RedisKeys } from '../../src/state/redis/keys';
import { RedisIndexStore } from '../../src/state/redis/index-store';
import { startRedis, type TestRedis } from '../support/redis';

const CUSTOMER = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
const CREATED = Date.parse('2026-01-01T09:00:00Z');
const FIRST_READ = Date.parse('2026-01-10T10:00:00Z');
const SECOND_READ = Date.parse('2026-01-15T10:00:00Z');

const order = (id: string, status: string): Order => ({
  id,
  status,
  billingCycle: 'monthly',
  creationDate: new Date(CREATED).toISOString(),
  lineItems: [],
});

let redis: TestRedis;
const connections: Redis[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await redis.close();
});

function redisStore(): RedisIndexStore {
  const connection = new Redis(redis.url);
  connections.push(connection);
  return new RedisIndexStore(connection, new RedisKeys(keyRoot(redis.prefix(), 'sandbox')));
}

const read = (store: IndexStore, orders: Order[], at: number) =>
  store.putCustomer({ customerId: CUSTOMER, orders: orders.map((o) => indexedOrder(o, CUSTOMER, at)), at });

describe.each([
  ['in process', () => new MemoryIndexStore(100)],
  ['in Redis', redisStore],
])('the index %s, reading a customer again', (_name, makeStore) => {
  it('dates a new status at the read, keeps the time of one already known, drops what is gone', async () => {
    const store = makeStore();
    await read(
      store,
      [order('moves', 'pending'), order('stays', 'pending'), order('gone', 'pending')],
      FIRST_READ,
    );
    await read(store, [order('moves', 'completed'), order('stays', 'pending')], SECOND_READ);
    expect(await store.order('moves')).toMatchObject({ status: 'completed', changed: SECOND_READ });
    expect(await store.order('stays')).toMatchObject({ status: 'pending', changed: CREATED });
    expect(await store.order('gone')).toBeUndefined();
    const changed = await store.ordersChangedSince(SECOND_READ, 0, 10);
    expect(changed).toEqual({ items: [expect.objectContaining({ id: 'moves' })], total: 1 });
    const pending = await store.ordersInStatus('pending', 0, 10);
    expect(pending.items.map((o) => o.id)).toEqual(['stays']);
  });
});
