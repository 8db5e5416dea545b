// The query side of the partner-wide index, for the commands that answer across customers: an id alone → its
// customer, pending orders anywhere, what changed since a time, who has an offer, which terms end and which
// cancellation windows are open (the renewal radar), and what the index covers.
import { idQuery, type IndexedOrder, type IndexedSubscription } from './records';
import type { RenewalKind } from './renewals';
import type { IndexStore, IndexPage } from './store';

export interface Coverage {
  /** When the stalest customer held was read (epoch ms): the index is "as of" then; undefined when empty. */
  asOf?: number;
  /** When the freshest was read. */
  newestAt?: number;
  /** Customers read at least once, and how many the partner has (0 until the crawler listed them). */
  customers: number;
  totalCustomers: number;
  /** Share of the first pass done, 0..1 (1 once it ended). */
  firstPass: number;
  firstPassDoneAt?: number;
  orders: number;
  subscriptions: number;
}

/** Several records match a shortened id: at most this many are returned (a card lists them). */
export const MAX_ID_MATCHES = 10;

export class PartnerIndex {
  constructor(private readonly store: IndexStore) {}

  /** Orders whose id is, or starts with, what was typed (spaces, escapes, "…" and case do not matter). */
  async findOrder(typed: string): Promise<IndexedOrder[]> {
    const id = idQuery(typed);
    if (id.length < 4) return [];
    return this.store.ordersByIdPrefix(id, MAX_ID_MATCHES);
  }

  async findSubscription(typed: string): Promise<IndexedSubscription[]> {
    const id = idQuery(typed);
    if (id.length < 4) return [];
    return this.store.subscriptionsByIdPrefix(id, MAX_ID_MATCHES);
  }

  /** Pending orders across customers, newest first. */
  pendingOrders(offset = 0, limit = 10): Promise<IndexPage<IndexedOrder>> {
    return this.store.ordersInStatus('pending', offset, limit);
  }

  ordersInStatus(status: string, offset = 0, limit = 10): Promise<IndexPage<IndexedOrder>> {
    return this.store.ordersInStatus(status, offset, limit);
  }

  /** Orders created or changed (as the crawler saw them) at or after `since`, most recent first. */
  ordersChangedSince(since: number, offset = 0, limit = 10): Promise<IndexPage<IndexedOrder>> {
    return this.store.ordersChangedSince(since, offset, limit);
  }

  /** Subscriptions whose name or offer id contains `offer` ("E5", "Microsoft 365 E3"). */
  subscriptionsOf(offer: string, offset = 0, limit = 10): Promise<IndexPage<IndexedSubscription>> {
    const wanted = offer.trim();
    if (!wanted) return Promise.resolve({ items: [], total: 0 });
    return this.store.subscriptionsMatching(wanted, offset, limit);
  }

  /**
   * Subscriptions whose commitment end is in [from, to] (epoch ms, both included), soonest first; only of
   * `customers` (tenant ids, any case) when given, only of `kind` (ends, changes, rollovers, terms) when given.
   * Deleted, expired, disabled and suspended subscriptions are left out. `limit` 0 counts without reading.
   */
  subscriptionsEnding(
    from: number,
    to: number,
    offset = 0,
    limit = 10,
    customers?: readonly string[],
    kind?: RenewalKind,
  ): Promise<IndexPage<IndexedSubscription>> {
    if (Number.isNaN(from) || Number.isNaN(to) || from > to) return Promise.resolve({ items: [], total: 0 });
    const [start, count] = paging(offset, limit);
    return this.store.subscriptionsEnding(from, to, start, count, lowercase(customers), kind);
  }

  /** Subscriptions whose cancellation window is still open at `now` (it closes after now), soonest closing first. */
  subscriptionsWithOpenWindow(
    now: number,
    offset = 0,
    limit = 10,
    customers?: readonly string[],
  ): Promise<IndexPage<IndexedSubscription>> {
    if (Number.isNaN(now)) return Promise.resolve({ items: [], total: 0 });
    const [start, count] = paging(offset, limit);
    return this.store.subscriptionsWithOpenWindow(now, start, count, lowercase(customers));
  }

  /** "index as of 10:42 UTC, 9,812 of 10,000 customers; first pass 87 % done". */
  async coverage(): Promise<Coverage> {
    const [stats, progress] = await Promise.all([this.store.stats(), this.store.progress()]);
    const totalCustomers = Math.max(progress?.totalCustomers ?? 0, stats.customers);
    const done = progress?.firstPassDoneAt !== undefined;
    return {
      asOf: stats.oldestAt,
      newestAt: stats.newestAt,
      customers: stats.customers,
      totalCustomers,
      firstPass: done ? 1 : totalCustomers === 0 ? 0 : Math.min(1, stats.customers / totalCustomers),
      firstPassDoneAt: progress?.firstPassDoneAt,
      orders: stats.orders,
      subscriptions: stats.subscriptions,
    };
  }
}

/** Whole, non-negative offsets and limits, whatever a caller passed. */
function paging(offset: number, limit: number): [number, number] {
  const whole = (n: number) =>
    Number.isNaN(n) ? 0 : Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(n)));
  return [whole(offset), whole(limit)];
}

const lowercase = (ids: readonly string[] | undefined) => ids?.map((id) => id.trim().toLowerCase());
