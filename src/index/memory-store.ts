// The index in this process: bounded by a number of customers (the least recently read go first when full);
// it ends with the process, and each instance crawls its own (start-up says how many customers it can hold).
import { RecordsById } from './records-by-id';
import { mergeOrder, type IndexedOrder, type IndexedSubscription } from './records';
import type { CrawlProgress, CustomerSnapshot, IndexStats, IndexStore, IndexPage } from './store';
import { byChangeDesc, byCreatedDesc, matchesOffer, page } from './query-helpers';
import { DayBuckets } from './day-buckets';
import { bySoonest, endsAt, RENEWAL_KINDS, renewalKind, windowEndsAt, type RenewalKind } from './renewals';

interface HeldCustomer {
  orders: Set<string>;
  subscriptions: Set<string>;
  /** Last complete read; undefined while only people's answers fed it. */
  readAt?: number;
}

export class MemoryIndexStore implements IndexStore {
  readonly shared = false;
  private readonly orders = new RecordsById<IndexedOrder>();
  private readonly subscriptions = new RecordsById<IndexedSubscription>();
  /** In order of last complete read: the first is the stalest, evicted first when full. */
  private readonly customers = new Map<string, HeldCustomer>();
  /** Subscriptions on the radar by the day their term ends (all, and each kind), and by the day their window closes. */
  private readonly ending = new DayBuckets<IndexedSubscription>();
  private readonly endingOfKind = new Map<RenewalKind, DayBuckets<IndexedSubscription>>(
    RENEWAL_KINDS.map((kind) => [kind, new DayBuckets<IndexedSubscription>()]),
  );
  private readonly windows = new DayBuckets<IndexedSubscription>();
  private crawl?: CrawlProgress;
  private leader?: { id: string; until: number };

  constructor(
    readonly maxCustomers: number,
    private readonly now: () => number = Date.now,
  ) {}

  putCustomer({ customerId, orders, subscriptions, at }: CustomerSnapshot): Promise<void> {
    const cust = customerId.toLowerCase();
    const held = this.held(cust);
    if (orders) {
      // Orders it still has stay until merged, so a status already known keeps its time (mergeOrder).
      const keep = new Set(orders.map((o) => o.id.toLowerCase()));
      for (const id of held.orders) if (!keep.has(id)) this.orders.delete(id);
      held.orders.clear();
      this.putOrders(held, orders, at);
    }
    if (subscriptions) {
      for (const id of held.subscriptions) this.dropSubscription(id);
      held.subscriptions.clear();
      for (const s of subscriptions) this.putSubscription(held, s);
    }
    held.readAt = at;
    // Re-inserted: the map's order stays the order of reads.
    this.customers.delete(cust);
    this.customers.set(cust, held);
    this.evict();
    return Promise.resolve();
  }

  upsert(orders: IndexedOrder[], subscriptions: IndexedSubscription[], at: number): Promise<void> {
    for (const o of orders) this.putOrders(this.held(o.cust), [o], at);
    for (const s of subscriptions) this.putSubscription(this.held(s.cust), s);
    this.evict();
    return Promise.resolve();
  }

  order(id: string): Promise<IndexedOrder | undefined> {
    return Promise.resolve(this.orders.get(id.toLowerCase()));
  }

  ordersByIdPrefix(prefix: string, limit: number): Promise<IndexedOrder[]> {
    return Promise.resolve(this.orders.startingWith(prefix, limit));
  }

  subscriptionsByIdPrefix(prefix: string, limit: number): Promise<IndexedSubscription[]> {
    return Promise.resolve(this.subscriptions.startingWith(prefix, limit));
  }

  ordersInStatus(status: string, offset: number, limit: number): Promise<IndexPage<IndexedOrder>> {
    const wanted = status.toLowerCase();
    const found = [...this.orders.values()].filter((o) => o.status === wanted);
    return Promise.resolve(page(found.sort(byCreatedDesc), offset, limit));
  }

  ordersChangedSince(since: number, offset: number, limit: number): Promise<IndexPage<IndexedOrder>> {
    const found = [...this.orders.values()].filter((o) => o.changed >= since || o.created >= since);
    return Promise.resolve(page(found.sort(byChangeDesc), offset, limit));
  }

  subscriptionsMatching(
    text: string,
    offset: number,
    limit: number,
  ): Promise<IndexPage<IndexedSubscription>> {
    const found = [...this.subscriptions.values()].filter(matchesOffer(text));
    return Promise.resolve(page(found, offset, limit));
  }

  subscriptionsEnding(
    from: number,
    to: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
    kind?: RenewalKind,
  ): Promise<IndexPage<IndexedSubscription>> {
    if (customers) {
      const wanted = (s: IndexedSubscription) => kind === undefined || renewalKind(s) === kind;
      return Promise.resolve(this.ofCustomers(customers, endsAt, from, to, offset, limit, wanted));
    }
    const buckets = kind === undefined ? this.ending : this.endingOfKind.get(kind);
    return Promise.resolve(buckets?.range(from, to, offset, limit) ?? { items: [], total: 0 });
  }

  subscriptionsWithOpenWindow(
    now: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
  ): Promise<IndexPage<IndexedSubscription>> {
    // Windows close at whole milliseconds: "after now" is from now + 1.
    if (customers)
      return Promise.resolve(this.ofCustomers(customers, windowEndsAt, now + 1, Infinity, offset, limit));
    return Promise.resolve(this.windows.range(now + 1, Infinity, offset, limit));
  }

  readTimes(): Promise<Map<string, number>> {
    const times = new Map<string, number>();
    for (const [cust, held] of this.customers) if (held.readAt !== undefined) times.set(cust, held.readAt);
    return Promise.resolve(times);
  }

  customersWithPending(): Promise<Set<string>> {
    const found = new Set<string>();
    for (const o of this.orders.values()) if (o.status === 'pending') found.add(o.cust);
    return Promise.resolve(found);
  }

  stats(): Promise<IndexStats> {
    let customers = 0;
    let oldestAt: number | undefined;
    let newestAt: number | undefined;
    for (const { readAt } of this.customers.values()) {
      if (readAt === undefined) continue;
      customers++;
      oldestAt = Math.min(oldestAt ?? readAt, readAt);
      newestAt = Math.max(newestAt ?? readAt, readAt);
    }
    return Promise.resolve({
      customers,
      orders: this.orders.size,
      subscriptions: this.subscriptions.size,
      oldestAt,
      newestAt,
    });
  }

  progress(): Promise<CrawlProgress | undefined> {
    return Promise.resolve(this.crawl);
  }

  setProgress(progress: CrawlProgress): Promise<void> {
    this.crawl = { ...progress };
    return Promise.resolve();
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (this.leader && this.leader.id !== instanceId && this.leader.until > now)
      return Promise.resolve(false);
    this.leader = { id: instanceId, until: now + ttlMs };
    return Promise.resolve(true);
  }

  private held(cust: string): HeldCustomer {
    let held = this.customers.get(cust);
    if (!held) {
      held = { orders: new Set(), subscriptions: new Set() };
      // Fed by an answer, never read whole: placed as if read now (a person asked about it, and the crawler
      // reads it whole soon), so the stalest read customers go before it.
      this.customers.set(cust, held);
    }
    return held;
  }

  private putOrders(held: HeldCustomer, orders: IndexedOrder[], at: number): void {
    for (const order of orders) {
      const id = order.id.toLowerCase();
      this.orders.set(id, mergeOrder(this.orders.get(id), order, at));
      held.orders.add(id);
    }
  }

  private putSubscription(held: HeldCustomer, subscription: IndexedSubscription): void {
    const id = subscription.id.toLowerCase();
    this.dropSubscription(id);
    this.subscriptions.set(id, subscription);
    held.subscriptions.add(id);
    const ends = endsAt(subscription);
    if (ends !== undefined) {
      this.ending.put(id, ends, subscription);
      this.endingOfKind.get(renewalKind(subscription))?.put(id, ends, subscription);
    }
    const closes = windowEndsAt(subscription);
    if (closes !== undefined) this.windows.put(id, closes, subscription);
  }

  /** Takes a subscription out of the records and the date buckets (not out of its customer's ids). */
  private dropSubscription(id: string): void {
    this.subscriptions.delete(id);
    this.ending.remove(id);
    for (const buckets of this.endingOfKind.values()) buckets.remove(id);
    this.windows.remove(id);
  }

  /** A few customers' subscriptions with a date in [from, to]: their own ids are read, not the whole index. */
  private ofCustomers(
    customers: readonly string[],
    at: (s: IndexedSubscription) => number | undefined,
    from: number,
    to: number,
    offset: number,
    limit: number,
    wanted: (s: IndexedSubscription) => boolean = () => true,
  ): IndexPage<IndexedSubscription> {
    const found: IndexedSubscription[] = [];
    for (const cust of new Set(customers.map((c) => c.toLowerCase()))) {
      for (const id of this.customers.get(cust)?.subscriptions ?? []) {
        const s = this.subscriptions.get(id);
        const when = s && at(s);
        if (s && when !== undefined && when >= from && when <= to && wanted(s)) found.push(s);
      }
    }
    return page(found.sort(bySoonest(at)), offset, limit);
  }

  private evict(): void {
    while (this.customers.size > this.maxCustomers) {
      const [cust, held] = this.customers.entries().next().value as [string, HeldCustomer];
      for (const id of held.orders) this.orders.delete(id);
      for (const id of held.subscriptions) this.dropSubscription(id);
      this.customers.delete(cust);
    }
  }
}
