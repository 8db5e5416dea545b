// The port the partner-wide index is kept behind: this process's memory (bounded), or Redis (shared by every
// instance and kept through restarts). The crawler writes whole customers; people's answers write what they saw.
import type { IndexedOrder, IndexedSubscription } from './records';
import type { RenewalKind } from './renewals';

/** What one customer's crawl found: all its orders and, when read, all its subscriptions. */
export interface CustomerSnapshot {
  customerId: string;
  orders?: IndexedOrder[];
  subscriptions?: IndexedSubscription[];
  /** When it was read (epoch ms). */
  at: number;
}

export interface IndexStats {
  /** Customers the index holds (read completely at least once). */
  customers: number;
  orders: number;
  subscriptions: number;
  /** When the least recently read customer held was read (epoch ms); undefined when empty. */
  oldestAt?: number;
  newestAt?: number;
}

/** What the crawler says about the partner as a whole (shared, so every instance can tell the coverage). */
export interface CrawlProgress {
  /** Customers the partner has, as last listed. */
  totalCustomers: number;
  /** When the first complete pass ended; undefined while it runs. */
  firstPassDoneAt?: number;
}

export interface IndexPage<T> {
  items: T[];
  total: number;
}

export interface IndexStore {
  /** True when every instance sees the same index (Redis). */
  readonly shared: boolean;
  /** How many customers it can hold (memory); undefined: no bound of its own (Redis). */
  readonly maxCustomers?: number;
  /** Replaces what is known of the customer: orders (and subscriptions) it no longer has are dropped. */
  putCustomer(snapshot: CustomerSnapshot): Promise<void>;
  /** Adds or updates records seen in a person's answer, without replacing the customer's others. */
  upsert(orders: IndexedOrder[], subscriptions: IndexedSubscription[], at: number): Promise<void>;
  order(id: string): Promise<IndexedOrder | undefined>;
  /** Orders whose id starts with `prefix` (lowercase), at most `limit`. */
  ordersByIdPrefix(prefix: string, limit: number): Promise<IndexedOrder[]>;
  subscriptionsByIdPrefix(prefix: string, limit: number): Promise<IndexedSubscription[]>;
  /** Orders in `status`, newest first. */
  ordersInStatus(status: string, offset: number, limit: number): Promise<IndexPage<IndexedOrder>>;
  /** Orders created or changed at or after `since`, most recent change first. */
  ordersChangedSince(since: number, offset: number, limit: number): Promise<IndexPage<IndexedOrder>>;
  /** Subscriptions whose name or offer id contains `text` (case-insensitive). */
  subscriptionsMatching(text: string, offset: number, limit: number): Promise<IndexPage<IndexedSubscription>>;
  /**
   * Subscriptions on the radar (see renewals.ts) whose commitment end is in [from, to] (epoch ms), soonest first
   * (the same time by id); only of `customers` (lowercase ids) when given, only of `kind` when given.
   */
  subscriptionsEnding(
    from: number,
    to: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
    kind?: RenewalKind,
  ): Promise<IndexPage<IndexedSubscription>>;
  /** Subscriptions on the radar whose cancellation window is open at `now` (cancelBy > now), soonest closing first. */
  subscriptionsWithOpenWindow(
    now: number,
    offset: number,
    limit: number,
    customers?: readonly string[],
  ): Promise<IndexPage<IndexedSubscription>>;
  /** When each customer held was last read completely. */
  readTimes(): Promise<Map<string, number>>;
  /** Customers with a pending order. */
  customersWithPending(): Promise<Set<string>>;
  stats(): Promise<IndexStats>;
  progress(): Promise<CrawlProgress | undefined>;
  setProgress(progress: CrawlProgress): Promise<void>;
  /** Takes or keeps the crawler's lock for `ttlMs`; false while another instance holds it. */
  lead(instanceId: string, ttlMs: number): Promise<boolean>;
  close?(): Promise<void>;
}
