// The partner-wide index in Redis, shared by every instance and kept through restarts (a crawler that dies
// loses nothing already written). Records live in two hashes by lowercased id; sorted sets find them by id
// prefix (lexical), by status and by date (orders changed; subscriptions' term ends, partner-wide, of each kind
// and of each customer, and the days their cancellation windows close); each customer's ids are kept to drop
// what it no longer has.
import type { Redis } from 'ioredis';
import { byChangeDesc } from '../../index/query-helpers';
import { mergeOrder, type IndexedOrder, type IndexedSubscription } from '../../index/records';
import type { CrawlProgress, CustomerSnapshot, IndexStats, IndexStore, IndexPage } from '../../index/store';
import { squash } from '../../index/query-helpers';
import { bySoonest, endsAt, renewalKind, windowEndsAt, type RenewalKind } from '../../index/renewals';
import type { SharedTierHealth } from '../shared-tier-health';
import { redisErrorKind, StoreUnavailableError } from '../store-unavailable';
import { hashed, type RedisKeys } from './keys';

const LEAD = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

type Multi = ReturnType<Redis['multi']>;
const statusKey = (status: string) => status.slice(0, 40);
const changedScore = (o: IndexedOrder) => Math.max(o.changed, o.created);
/** A score range as Redis spells it (unbounded ends as -inf and +inf). */
const bounds = (from: number, to: number): [number | string, number | string] => [
  from === -Infinity ? '-inf' : from,
  to === Infinity ? '+inf' : to,
];
const offerText = (s: IndexedSubscription) => `${squash(s.name ?? '')}|${squash(s.offer ?? '')}`;

export class RedisIndexStore implements IndexStore {
  readonly shared = true;
  readonly maxCustomers = undefined;
  private readonly k: (...parts: string[]) => string;

  constructor(
    private readonly redis: Redis,
    keys: RedisKeys,
    private readonly health?: SharedTierHealth,
  ) {
    this.k = (...parts) => keys.index(...parts);
  }

  putCustomer({ customerId, orders, subscriptions, at }: CustomerSnapshot): Promise<void> {
    return this.guard('put', async () => {
      const cust = customerId.toLowerCase();
      const multi = this.redis.multi();
      if (orders) {
        const oldIds = await this.redis.smembers(this.k('customer-orders', cust));
        const old = await this.orderRecords(oldIds);
        const keep = new Set(orders.map((o) => o.id.toLowerCase()));
        for (const gone of old) if (!keep.has(gone.id.toLowerCase())) this.dropOrder(multi, gone);
        multi.del(this.k('customer-orders', cust));
        this.addOrders(multi, orders, new Map(old.map((o) => [o.id.toLowerCase(), o])), at);
      }
      if (subscriptions) {
        const oldIds = await this.redis.smembers(this.k('customer-subs', cust));
        const old = await this.subscriptionRecords(oldIds);
        for (const gone of old) this.dropSubscription(multi, gone);
        multi.del(
          this.k('customer-subs', cust),
          this.k('customer-ends', cust),
          this.k('customer-windows', cust),
        );
        this.addSubscriptions(multi, subscriptions);
      }
      multi.zadd(this.k('read'), at, cust);
      await multi.exec();
    });
  }

  upsert(orders: IndexedOrder[], subscriptions: IndexedSubscription[], at: number): Promise<void> {
    return this.guard('upsert', async () => {
      const old = await this.orderRecords(orders.map((o) => o.id.toLowerCase()));
      const oldSubs = await this.subscriptionRecords(subscriptions.map((s) => s.id.toLowerCase()));
      const multi = this.redis.multi();
      for (const s of oldSubs) this.dropSubscription(multi, s);
      this.addOrders(multi, orders, new Map(old.map((o) => [o.id.toLowerCase(), o])), at);
      this.addSubscriptions(multi, subscriptions);
      await multi.exec();
    });
  }

  order(id: string): Promise<IndexedOrder | undefined> {
    return this.guard('read', async () => (await this.orderRecords([id.toLowerCase()]))[0]);
  }

  ordersByIdPrefix(prefix: string, limit: number): Promise<IndexedOrder[]> {
    return this.guard('read', async () => this.orderRecords(await this.prefixed('order-ids', prefix, limit)));
  }

  subscriptionsByIdPrefix(prefix: string, limit: number): Promise<IndexedSubscription[]> {
    return this.guard('read', async () =>
      this.subscriptionRecords(await this.prefixed('sub-ids', prefix, limit)),
    );
  }

  ordersInStatus(status: string, offset: number, limit: number): Promise<IndexPage<IndexedOrder>> {
    return this.guard('read', async () => {
      const key = this.k('status', statusKey(status.toLowerCase()));
      const [ids, total] = await Promise.all([
        this.redis.zrevrange(key, offset, offset + limit - 1),
        this.redis.zcard(key),
      ]);
      return { items: await this.orderRecords(ids), total };
    });
  }

  ordersChangedSince(since: number, offset: number, limit: number): Promise<IndexPage<IndexedOrder>> {
    return this.guard('read', async () => {
      const key = this.k('changed');
      const [ids, total] = await Promise.all([
        this.redis.zrevrangebyscore(key, '+inf', since, 'LIMIT', offset, limit),
        this.redis.zcount(key, since, '+inf'),
      ]);
      return { items: (await this.orderRecords(ids)).sort(byChangeDesc), total };
    });
  }

  subscriptionsMatching(
    text: string,
    offset: number,
    limit: number,
  ): Promise<IndexPage<IndexedSubscription>> {
    return this.guard('read', async () => {
      const wanted = squash(text);
      const offers = await this.redis.hgetall(this.k('offers'));
      const sets = Object.entries(offers)
        .filter(([, name]) => name.includes(wanted))
        .map(([key]) => this.k('offer', key));
      if (sets.length === 0) return { items: [], total: 0 };
      const ids = (await this.redis.sunion(...sets)).sort();
      return { items: await this.subscriptionRecords(ids.slice(offset, offset + limit)), total: ids.length };
    });
  }

  subscriptionsEnding(
    from: number,
    to: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
    kind?: RenewalKind,
  ): Promise<IndexPage<IndexedSubscription>> {
    return this.guard('read', async () => {
      if (!(from <= to)) return { items: [], total: 0 };
      if (customers)
        return this.ofCustomers('customer-ends', customers, endsAt, from, to, offset, limit, kind);
      return this.scored(kind === undefined ? this.k('ends') : this.k('ends', kind), from, to, offset, limit);
    });
  }

  subscriptionsWithOpenWindow(
    now: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
  ): Promise<IndexPage<IndexedSubscription>> {
    return this.guard('read', async () => {
      // Windows close at whole milliseconds: "after now" is from now + 1.
      if (customers)
        return this.ofCustomers(
          'customer-windows',
          customers,
          windowEndsAt,
          now + 1,
          Infinity,
          offset,
          limit,
        );
      return this.scored(this.k('windows'), now + 1, Infinity, offset, limit);
    });
  }

  readTimes(): Promise<Map<string, number>> {
    return this.guard('read', async () => {
      const flat = await this.redis.zrange(this.k('read'), '0', '-1', 'WITHSCORES');
      const times = new Map<string, number>();
      for (let i = 0; i + 1 < flat.length; i += 2) times.set(flat[i]!, Number(flat[i + 1]));
      return times;
    });
  }

  customersWithPending(): Promise<Set<string>> {
    return this.guard('read', async () => {
      const ids = await this.redis.zrange(this.k('status', 'pending'), '0', '-1');
      return new Set((await this.orderRecords(ids)).map((o) => o.cust));
    });
  }

  stats(): Promise<IndexStats> {
    return this.guard('read', async () => {
      const [customers, orders, subscriptions, oldest, newest] = await Promise.all([
        this.redis.zcard(this.k('read')),
        this.redis.hlen(this.k('orders')),
        this.redis.hlen(this.k('subs')),
        this.redis.zrange(this.k('read'), '0', '0', 'WITHSCORES'),
        this.redis.zrange(this.k('read'), '-1', '-1', 'WITHSCORES'),
      ]);
      return {
        customers,
        orders,
        subscriptions,
        oldestAt: oldest[1] === undefined ? undefined : Number(oldest[1]),
        newestAt: newest[1] === undefined ? undefined : Number(newest[1]),
      };
    });
  }

  progress(): Promise<CrawlProgress | undefined> {
    return this.guard('read', async () => {
      const text = await this.redis.get(this.k('progress'));
      return text ? (JSON.parse(text) as CrawlProgress) : undefined;
    });
  }

  setProgress(progress: CrawlProgress): Promise<void> {
    return this.guard('put', async () => {
      await this.redis.set(this.k('progress'), JSON.stringify(progress));
    });
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    return this.guard(
      'lead',
      async () => (await this.redis.eval(LEAD, 1, this.k('lock'), instanceId, String(ttlMs))) === 1,
    );
  }

  private addOrders(multi: Multi, orders: IndexedOrder[], old: Map<string, IndexedOrder>, at: number): void {
    for (const given of orders) {
      const id = given.id.toLowerCase();
      const before = old.get(id);
      const order = mergeOrder(before, given, at);
      if (before && before.status !== order.status)
        multi.zrem(this.k('status', statusKey(before.status)), id);
      multi.hset(this.k('orders'), id, JSON.stringify(order));
      multi.zadd(this.k('order-ids'), 0, id);
      multi.zadd(this.k('changed'), changedScore(order), id);
      multi.zadd(this.k('status', statusKey(order.status)), order.created, id);
      multi.sadd(this.k('customer-orders', order.cust), id);
    }
  }

  private dropOrder(multi: Multi, order: IndexedOrder): void {
    const id = order.id.toLowerCase();
    multi.hdel(this.k('orders'), id);
    multi.zrem(this.k('order-ids'), id);
    multi.zrem(this.k('changed'), id);
    multi.zrem(this.k('status', statusKey(order.status)), id);
  }

  private addSubscriptions(multi: Multi, subscriptions: IndexedSubscription[]): void {
    for (const s of subscriptions) {
      const id = s.id.toLowerCase();
      const offer = offerText(s);
      multi.hset(this.k('subs'), id, JSON.stringify(s));
      multi.zadd(this.k('sub-ids'), 0, id);
      multi.hset(this.k('offers'), hashed(offer), offer);
      multi.sadd(this.k('offer', hashed(offer)), id);
      multi.sadd(this.k('customer-subs', s.cust), id);
      const ends = endsAt(s);
      if (ends !== undefined) {
        multi.zadd(this.k('ends'), ends, id);
        multi.zadd(this.k('ends', renewalKind(s)), ends, id);
        multi.zadd(this.k('customer-ends', s.cust), ends, id);
      }
      const closes = windowEndsAt(s);
      if (closes !== undefined) {
        multi.zadd(this.k('windows'), closes, id);
        multi.zadd(this.k('customer-windows', s.cust), closes, id);
      }
    }
  }

  private dropSubscription(multi: Multi, s: IndexedSubscription): void {
    const id = s.id.toLowerCase();
    multi.hdel(this.k('subs'), id);
    multi.zrem(this.k('sub-ids'), id);
    multi.srem(this.k('offer', hashed(offerText(s))), id);
    // The record is the one that was written, so its kind is the set it went into.
    multi.zrem(this.k('ends'), id);
    multi.zrem(this.k('ends', renewalKind(s)), id);
    multi.zrem(this.k('windows'), id);
    multi.zrem(this.k('customer-ends', s.cust), id);
    multi.zrem(this.k('customer-windows', s.cust), id);
  }

  /** A page of a partner-wide date set, with the count of its range. */
  private async scored(
    key: string,
    from: number,
    to: number,
    offset: number,
    limit: number,
  ): Promise<IndexPage<IndexedSubscription>> {
    const [min, max] = bounds(from, to);
    const [ids, total] = await Promise.all([
      limit > 0 ? this.redis.zrangebyscore(key, min, max, 'LIMIT', offset, limit) : Promise.resolve([]),
      this.redis.zcount(key, min, max),
    ]);
    return { items: await this.subscriptionRecords(ids), total };
  }

  /** The given customers' own date sets, merged (a few customers: their sets are small). */
  private async ofCustomers(
    set: string,
    customers: readonly string[],
    at: (s: IndexedSubscription) => number | undefined,
    from: number,
    to: number,
    offset: number,
    limit: number,
    kind?: RenewalKind,
  ): Promise<IndexPage<IndexedSubscription>> {
    const unique = [...new Set(customers.map((c) => c.toLowerCase()))];
    if (unique.length === 0) return { items: [], total: 0 };
    const [min, max] = bounds(from, to);
    const pipeline = this.redis.pipeline();
    for (const cust of unique) pipeline.zrangebyscore(this.k(set, cust), min, max, 'WITHSCORES');
    const found: { id: string; at: number }[] = [];
    for (const [err, flat] of (await pipeline.exec()) ?? []) {
      if (err) throw err;
      const list = flat as string[];
      for (let i = 0; i + 1 < list.length; i += 2) found.push({ id: list[i]!, at: Number(list[i + 1]) });
    }
    if (kind !== undefined) {
      // The kind is in the record, not the set: these customers' records are read (a few hundred at most).
      const records = await this.subscriptionRecords(found.map((f) => f.id));
      const wanted = records
        .filter((s) => renewalKind(s) === kind && at(s) !== undefined)
        .sort(bySoonest(at));
      return { items: wanted.slice(offset, offset + limit), total: wanted.length };
    }
    found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const ids = found.slice(offset, offset + Math.max(0, limit)).map((f) => f.id);
    return { items: await this.subscriptionRecords(ids), total: found.length };
  }

  private async prefixed(set: string, prefix: string, limit: number): Promise<string[]> {
    const exact = await this.redis.zscore(this.k(set), prefix);
    if (exact !== null) return [prefix];
    return this.redis.zrangebylex(this.k(set), `[${prefix}`, `[${prefix}\xff`, 'LIMIT', 0, limit);
  }

  private async orderRecords(ids: string[]): Promise<IndexedOrder[]> {
    if (ids.length === 0) return [];
    const texts = await this.redis.hmget(this.k('orders'), ...ids);
    return texts.flatMap((t) => (t ? [JSON.parse(t) as IndexedOrder] : []));
  }

  private async subscriptionRecords(ids: string[]): Promise<IndexedSubscription[]> {
    if (ids.length === 0) return [];
    const texts = await this.redis.hmget(this.k('subs'), ...ids);
    return texts.flatMap((t) => (t ? [JSON.parse(t) as IndexedSubscription] : []));
  }

  /** A Redis failure becomes a StoreUnavailableError that names its kind only (never ids or records). */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      this.health?.fallback('index', err);
      throw new StoreUnavailableError('index', operation, redisErrorKind(err));
    }
  }
}
