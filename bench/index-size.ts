// index.bytes: what one order and one subscription cost, in this process and in Redis, for what the crawl read.
// In memory: the records are built again through the crawler's own code (indexedOrder/indexedSubscription, from
// the JSON the pass stored, so every string is new as it would be from Partner Center's answer) into an empty
// MemoryIndexStore, customers first, then their orders, then their subscriptions, with the heap measured after
// a full GC between the steps. In Redis: the same records through RedisIndexStore, then MEMORY USAGE of every
// index key, summed by what the key holds (orders, subscriptions, customers), and INFO's used_memory delta.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import { MemoryIndexStore } from '../src/index/memory-store';
import {
  indexedOrder,
  indexedSubscription,
  type IndexedOrder,
  type IndexedSubscription,
} from '../src/index/records';
import type { Order, Subscription } from '../src/partnercenter/models';
import { keyRoot, RedisKeys } from '../src/state/redis/keys';
import { RedisIndexStore } from '../src/state/redis/index-store';
import { round, type CrawledCustomer, type CrawledCustomers } from './index-crawl';

export interface MemoryBytes {
  method: string;
  bytesPerCustomer: number;
  bytesPerOrder: number;
  bytesPerSubscription: number;
  /** The whole index at this size, in MB. */
  totalMB: number;
}

export interface RedisBytes {
  method: string;
  bytesPerCustomer: number;
  bytesPerOrder: number;
  bytesPerSubscription: number;
  totalMB: number;
  /** INFO memory used_memory after loading less before, per record (orders and subscriptions). */
  usedMemoryPerRecord: number;
  keys: number;
  loadSeconds: number;
}

/** A full garbage collection: node's own when exposed (--expose-gc), else switched on at run time. */
function fullGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The Partner Center order a record was made from (as far as the record tells). */
function asOrder(o: IndexedOrder): Order {
  return {
    id: o.id,
    status: o.status,
    billingCycle: o.cycle,
    creationDate: o.created ? iso(o.created) : undefined,
    currencyCode: o.currency,
    transactionType: o.tx ?? 'UserPurchase',
    lineItems: o.lines.map((line, i) => ({
      lineItemNumber: i,
      offerId: line.offer,
      friendlyName: line.name,
      quantity: line.qty,
      subscriptionId: line.sub,
      termDuration: line.term,
    })),
  } as Order;
}

function asSubscription(s: IndexedSubscription): Subscription {
  return {
    id: s.id,
    orderId: s.order,
    offerId: s.offer,
    friendlyName: s.name,
    status: s.status,
    billingCycle: s.cycle,
    quantity: s.qty,
    creationDate: iso(s.created),
    commitmentEndDate: iso(s.ends),
    autoRenewEnabled: s.autoRenew,
    termDuration: s.term,
    cancellationAllowedUntilDate: s.cancelBy === null ? null : iso(s.cancelBy),
  } as Subscription;
}

/** One customer's records, made again by the crawler's code from the JSON the pass stored. */
export function rebuilt(json: Buffer, customerId: string, at: number): CrawledCustomer {
  const { orders, subscriptions } = JSON.parse(json.toString('utf8')) as CrawledCustomer;
  return {
    orders: orders.map((o) => indexedOrder(asOrder(o), customerId, at)),
    subscriptions: subscriptions.map((s) => indexedSubscription(asSubscription(s), customerId)),
  };
}

/** Fills a new in-process store with what the crawl read, measuring the heap; the store is kept for queries. */
export async function measureMemory(
  crawled: CrawledCustomers,
  at: number,
): Promise<{ figures: MemoryBytes; store: MemoryIndexStore }> {
  const gc = fullGc();
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const store = new MemoryIndexStore(crawled.size * 2, () => at);
  const h0 = heap();
  for (const customerId of crawled.keys())
    await store.putCustomer({ customerId, orders: [], subscriptions: [], at });
  const h1 = heap();
  for (const [customerId, json] of crawled)
    await store.putCustomer({ customerId, orders: rebuilt(json, customerId, at).orders, at });
  const h2 = heap();
  for (const [customerId, json] of crawled)
    await store.putCustomer({ customerId, subscriptions: rebuilt(json, customerId, at).subscriptions, at });
  const h3 = heap();
  const { orders, subscriptions } = await store.stats();
  return {
    figures: {
      method: 'heap used after a full GC, before and after each kind of record is stored',
      bytesPerCustomer: Math.round((h1 - h0) / crawled.size),
      bytesPerOrder: Math.round((h2 - h1) / orders),
      bytesPerSubscription: Math.round((h3 - h2) / subscriptions),
      totalMB: round((h3 - h0) / 1e6, 1),
    },
    store,
  };
}

/** What each index key holds, by the kind in its name (`…:v1:index:<kind>[:…]`). */
const KIND_OF: Record<string, 'orders' | 'subscriptions' | 'customers'> = {
  orders: 'orders',
  'order-ids': 'orders',
  changed: 'orders',
  status: 'orders',
  'customer-orders': 'orders',
  subs: 'subscriptions',
  'sub-ids': 'subscriptions',
  offers: 'subscriptions',
  offer: 'subscriptions',
  'customer-subs': 'subscriptions',
  read: 'customers',
  progress: 'customers',
  lock: 'customers',
};

const usedMemory = async (redis: Redis) =>
  Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? NaN);

/** The index in Redis under `prefix`, as the bot keeps it (scope 'sandbox'), on a connection of its own. */
export function redisIndexStore(redisUrl: string, prefix: string): { store: RedisIndexStore; close(): void } {
  const redis = new Redis(redisUrl);
  return {
    store: new RedisIndexStore(redis, new RedisKeys(keyRoot(prefix, 'sandbox'))),
    close: () => redis.disconnect(),
  };
}

/** Loads what the crawl read into Redis under `prefix` (a RedisIndexStore, as the bot writes it) and sizes it. */
export async function measureRedis(
  redisUrl: string,
  prefix: string,
  crawled: CrawledCustomers,
  at: number,
): Promise<RedisBytes> {
  const redis = new Redis(redisUrl);
  try {
    const keys = new RedisKeys(keyRoot(prefix, 'sandbox'));
    const store = new RedisIndexStore(redis, keys);
    const before = await usedMemory(redis);
    const started = performance.now();
    const ids = [...crawled.keys()];
    let next = 0;
    const loader = async () => {
      for (let i = next++; i < ids.length; i = next++) {
        const customerId = ids[i]!;
        const records = rebuilt(crawled.get(customerId)!, customerId, at);
        await store.putCustomer({ customerId, ...records, at });
      }
    };
    await Promise.all(Array.from({ length: 8 }, loader));
    await store.setProgress({ totalCustomers: crawled.size, firstPassDoneAt: at });
    const loadSeconds = round((performance.now() - started) / 1000, 1);
    const after = await usedMemory(redis);
    const bytes = { orders: 0, subscriptions: 0, customers: 0 };
    const root = keys.index('');
    let count = 0;
    let cursor = '0';
    do {
      const [nextCursor, found] = await redis.scan(cursor, 'MATCH', `${root}*`, 'COUNT', 1000);
      cursor = nextCursor;
      const pipeline = redis.pipeline();
      for (const key of found) pipeline.memory('USAGE', key, 'SAMPLES', 0);
      const sizes = (await pipeline.exec()) ?? [];
      found.forEach((key, i) => {
        const kind = KIND_OF[key.slice(root.length).split(':')[0] ?? ''] ?? 'customers';
        bytes[kind] += Number(sizes[i]?.[1] ?? 0);
      });
      count += found.length;
    } while (cursor !== '0');
    const { orders, subscriptions } = await store.stats();
    return {
      method: 'MEMORY USAGE (SAMPLES 0) of every index key, summed by what the key holds',
      bytesPerCustomer: Math.round(bytes.customers / crawled.size),
      bytesPerOrder: Math.round(bytes.orders / orders),
      bytesPerSubscription: Math.round(bytes.subscriptions / subscriptions),
      totalMB: round((bytes.orders + bytes.subscriptions + bytes.customers) / 1e6, 1),
      usedMemoryPerRecord: Math.round((after - before) / (orders + subscriptions)),
      keys: count,
      loadSeconds,
    };
  } finally {
    redis.disconnect();
  }
}
