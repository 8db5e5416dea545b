// One crawler for all instances keeps the partner-wide index: each instance ticks, and the one holding the
// index lock reads customers one by one (their orders list and their subscriptions list, two calls), within
// its own share of the partner-wide budget (INDEX_BUDGET_SHARE, at most 20 %), as background work that people's
// turns go before. Order: customers people asked about, watched or with pending orders (when last read more
// than PRIORITY_REFRESH_MS ago), then customers never read, then the stalest; but at most one read in
// PRIORITY_READ_EVERY is such a re-read while others wait, so thousands of customers with a pending order
// cannot stall the pass. A 429 pauses it, longer each time in a row. Everything it learns is in the store, so
// another instance (or a restart) goes on from there.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { OrderQuery } from '../partnercenter/api';
import { CUSTOMER_PAGE_SIZE } from '../partnercenter/client';
import { isPartnerCenterError } from '../partnercenter/errors';
import type { Customer, Order, Subscription } from '../partnercenter/models';
import type { RequestContext } from '../partnercenter/request-context';
import { indexedOrder, indexedSubscription } from './records';
import type { IndexStore } from './store';

/** What the crawler reads (the Partner Center client itself: its answers are not worth caching per call). */
export interface CrawlSource {
  listCustomers(ctx: RequestContext, maxPages?: number): Promise<Customer[]>;
  listOrders(customerId: string, query: OrderQuery, ctx: RequestContext): Promise<Order[]>;
  listSubscriptions(customerId: string, ctx: RequestContext): Promise<Subscription[]>;
}

/** The crawler's share of the partner budget: true when it may make one more call now. */
export interface CrawlBudget {
  take(): Promise<boolean>;
}

export interface CrawlerDeps {
  store: IndexStore;
  source: CrawlSource;
  budget: CrawlBudget;
  logger: Logger;
  /** Customers watched now (the watch store), read ahead of the others. */
  watched?: () => Promise<Iterable<string>>;
  instanceId?: string;
  /** How often each instance looks (default 1 s: the share's tokens come one by one). */
  tickMs?: number;
  /** The lock's TTL (default 30 s): how long a dead crawler delays the next one at most. */
  lockTtlMs?: number;
  /** The first round waits this long after start (default 30 s): the first people and the directory go first. */
  startDelayMs?: number;
  /** How often the customer list is read again (default 1 h). */
  relistMs?: number;
  /** A priority customer is read again after this (default PRIORITY_REFRESH_MS). */
  priorityRefreshMs?: number;
  now?: () => number;
}

/** A customer people asked about, watched or with a pending order is read again after this. */
export const PRIORITY_REFRESH_MS = 10 * 60_000;
/**
 * At most one read in this many re-reads a priority customer while others wait (never read, or stalest):
 * at 10,000 customers a third may have a pending order, and re-reading them all every 10 minutes would take
 * more than the whole share, so the first pass would never end.
 */
export const PRIORITY_READ_EVERY = 4;
/** The customer list is read up to this many pages (100,000 customers; the client's default stops at 10,000). */
const MAX_CUSTOMER_PAGES = 1_000;
const DEFAULT_TICK_MS = 1_000;
const DEFAULT_START_DELAY_MS = 30_000;
const DEFAULT_LOCK_TTL_MS = 30_000;
/** How often the customer list is read again. */
export const DEFAULT_RELIST_MS = 60 * 60_000;
const MIN_PAUSE_MS = 60_000;
const MAX_PAUSE_MS = 15 * 60_000;
/** People's questions remembered for priority (the newest win). */
const MAX_ASKED = 1_000;
/**
 * The leader's view of the store (read times, customers with a pending order) is read again after this; in
 * between it updates the view with its own reads. Reading it every tick cost the leader ~75 ms a second with
 * Redis at 10,000 customers.
 */
export const VIEW_REFRESH_MS = 60_000;

/** What the crawler knows of the store between its reads of it. */
interface StoreView {
  at: number;
  readAt: Map<string, number>;
  pending: Set<string>;
}

export class IndexCrawler {
  private readonly instanceId: string;
  private readonly now: () => number;
  private customers: string[] = [];
  private listedAt = -Infinity;
  private readonly asked = new Map<string, number>();
  /** Customers whose read failed (an outage): tried again after PRIORITY_REFRESH_MS, not every round. */
  private readonly failedAt = new Map<string, number>();
  private pausedUntil = 0;
  /** Tokens taken but not used yet (a customer needs two). */
  private credit = 0;
  /** Calls made beyond the tokens taken (the later pages of long lists), paid back first. */
  private debt = 0;
  private pauseMs = 0;
  /** Reads since the last priority re-read (starts full: the first due priority customer goes first). */
  private sincePriority = PRIORITY_READ_EVERY - 1;
  private view?: StoreView;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  /** Partner Center calls this instance made for the index (for the metrics and the tests). */
  calls = 0;

  constructor(private readonly deps: CrawlerDeps) {
    this.instanceId = deps.instanceId ?? randomUUID();
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      if (this.stopped) return;
      this.timer = setInterval(() => void this.tick(), this.deps.tickMs ?? DEFAULT_TICK_MS);
      this.timer.unref();
    }, this.deps.startDelayMs ?? DEFAULT_START_DELAY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** A person asked about this customer: it is read ahead of the others (when due). */
  noteAsked(customerId: string): void {
    const id = customerId.toLowerCase();
    this.asked.delete(id);
    this.asked.set(id, this.now());
    if (this.asked.size > MAX_ASKED) this.asked.delete(this.asked.keys().next().value as string);
  }

  /** One round: reads customers while its share has tokens (never two rounds at once); never throws. */
  tick(): Promise<void> {
    this.running ??= this.round()
      .catch((err: unknown) => this.deps.logger.warn({ err }, 'index crawler round failed'))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async holdLock(): Promise<boolean> {
    const held = await this.deps.store.lead(this.instanceId, this.deps.lockTtlMs ?? DEFAULT_LOCK_TTL_MS);
    // Another instance may have crawled meanwhile: the view is read again once this one leads again.
    if (!held) this.view = undefined;
    return held;
  }

  private async round(): Promise<void> {
    if (this.stopped || this.now() < this.pausedUntil || !(await this.holdLock())) return;
    if (this.now() - this.listedAt >= (this.deps.relistMs ?? DEFAULT_RELIST_MS) && !(await this.list()))
      return;
    const { due, rest } = await this.queue();
    let [d, r] = [0, 0];
    while (d < due.length || r < rest.length) {
      const priority = d < due.length && (r >= rest.length || this.sincePriority >= PRIORITY_READ_EVERY - 1);
      const customerId = priority ? due[d++]! : rest[r++]!;
      if (this.stopped || !(await this.holdLock())) return;
      const read = await this.read(customerId);
      if (read === 'spent' || read === 'throttled') return;
      this.sincePriority = priority ? 0 : this.sincePriority + 1;
    }
  }

  /** Reads the partner's customer list (one call a page of 500); false when it could not. */
  private async list(): Promise<boolean> {
    if (!(await this.token())) return false;
    try {
      const customers = await this.deps.source.listCustomers(this.ctx(), MAX_CUSTOMER_PAGES);
      const extra = extraPages(customers.length, CUSTOMER_PAGE_SIZE);
      this.calls += 1 + extra;
      this.debt += extra;
      this.customers = customers.map((c) => c.id.toLowerCase());
      this.listedAt = this.now();
      const progress = await this.deps.store.progress();
      await this.deps.store.setProgress({ ...progress, totalCustomers: this.customers.length });
      this.pauseMs = 0;
      return true;
    } catch (err) {
      this.calls++;
      if (!this.throttled(err)) this.deps.logger.warn({ err }, 'index crawler could not list customers');
      return false;
    }
  }

  /** Who to read this round: the due priority customers, and the others (the never read, then the stalest). */
  private async queue(): Promise<{ due: string[]; rest: string[] }> {
    const now = this.now();
    const { readAt, pending } = await this.storeView(now);
    const known = new Set(this.customers);
    const priority = new Set<string>([
      ...[...this.asked.keys()].reverse(),
      ...[...((await this.deps.watched?.()) ?? [])].map((id) => id.toLowerCase()),
      ...pending,
    ]);
    const refreshMs = this.deps.priorityRefreshMs ?? PRIORITY_REFRESH_MS;
    const due = [...priority].filter(
      (id) => known.has(id) && now - (readAt.get(id) ?? -Infinity) >= refreshMs,
    );
    const never = this.customers.filter((id) => !readAt.has(id) && !priority.has(id));
    if (never.length === 0) await this.firstPassDone();
    const stalest = this.customers
      .filter((id) => readAt.has(id) && !priority.has(id))
      .sort((a, b) => readAt.get(a)! - readAt.get(b)!);
    const resting = (id: string) => now - (this.failedAt.get(id) ?? -Infinity) < refreshMs;
    return {
      due: due.filter((id) => !resting(id)),
      rest: [...never, ...stalest].filter((id) => !resting(id)),
    };
  }

  private async storeView(now: number): Promise<StoreView> {
    if (!this.view || now - this.view.at >= VIEW_REFRESH_MS) {
      const { store } = this.deps;
      const [readAt, pending] = await Promise.all([store.readTimes(), store.customersWithPending()]);
      this.view = { at: now, readAt, pending };
    }
    return this.view;
  }

  /** What this instance just stored, kept in its view until the view is read again. */
  private saw(customerId: string, at: number, orders: readonly { status: string }[]): void {
    if (!this.view) return;
    this.view.readAt.set(customerId, at);
    if (orders.some((o) => o.status === 'pending')) this.view.pending.add(customerId);
    else this.view.pending.delete(customerId);
  }

  private async firstPassDone(): Promise<void> {
    const progress = await this.deps.store.progress();
    if (progress?.firstPassDoneAt !== undefined) return;
    await this.deps.store.setProgress({ totalCustomers: this.customers.length, firstPassDoneAt: this.now() });
    this.deps.logger.info({ customers: this.customers.length }, 'index: first pass over every customer done');
  }

  /** Reads one customer's orders and subscriptions and stores them whole. */
  private async read(customerId: string): Promise<'read' | 'spent' | 'throttled' | 'failed'> {
    const { source, store } = this.deps;
    // Both tokens first: a customer half read would be read again whole.
    if (!(await this.token())) return 'spent';
    if (!(await this.token())) {
      this.credit++;
      return 'spent';
    }
    let orders: Order[];
    let subscriptions: Subscription[];
    try {
      this.calls++;
      orders = await source.listOrders(customerId, {}, this.ctx());
      this.calls++;
      subscriptions = await source.listSubscriptions(customerId, this.ctx());
    } catch (err) {
      return this.failed(customerId, err);
    }
    this.pauseMs = 0;
    // Lists come in pages of 500: the pages after the first are paid for from the next tokens.
    this.debt += extraPages(orders.length) + extraPages(subscriptions.length);
    this.calls += extraPages(orders.length) + extraPages(subscriptions.length);
    const at = this.now();
    const indexed = orders.map((o) => indexedOrder(o, customerId, at));
    await store.putCustomer({
      customerId,
      orders: indexed,
      subscriptions: subscriptions.map((s) => indexedSubscription(s, customerId)),
      at,
    });
    this.saw(customerId.toLowerCase(), at, indexed);
    return 'read';
  }

  /** A token of the crawler's share: one kept from a round that could not use it, else a new one. */
  private async token(): Promise<boolean> {
    while (this.debt > 0) {
      if (!(await this.deps.budget.take())) return false;
      this.debt--;
    }
    if (this.credit > 0) {
      this.credit--;
      return true;
    }
    return this.deps.budget.take();
  }

  private async failed(customerId: string, err: unknown): Promise<'throttled' | 'failed'> {
    if (this.throttled(err)) return 'throttled';
    // Gone or forbidden: held as read with nothing, so the crawler moves on and comes back in the next pass.
    if (isPartnerCenterError(err) && (err.reason === 'notFound' || err.reason === 'forbidden')) {
      const at = this.now();
      await this.deps.store.putCustomer({ customerId, orders: [], subscriptions: [], at });
      this.saw(customerId.toLowerCase(), at, []);
    } else {
      this.failedAt.set(customerId, this.now());
      this.deps.logger.warn({ err, customerId }, 'index crawler could not read a customer');
    }
    return 'failed';
  }

  /** After a 429 the crawler pauses, longer each time in a row, and at least as long as Retry-After says. */
  private throttled(err: unknown): boolean {
    if (!isPartnerCenterError(err) || err.reason !== 'throttled') return false;
    this.pauseMs = Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, this.pauseMs * 2));
    const wait = Math.max(this.pauseMs, (err.retryAfterSeconds ?? 0) * 1000);
    this.pausedUntil = this.now() + wait;
    this.deps.logger.warn({ pauseMs: wait }, 'index crawler throttled: backing off');
    return true;
  }

  private ctx(): RequestContext {
    return { correlationId: randomUUID(), locale: 'en-US', bypassCache: true, background: true };
  }
}

/** Pages a list of `count` took after its first (Partner Center's lists come 500 a page). */
function extraPages(count: number, pageSize = 500): number {
  return Math.max(0, Math.ceil(count / pageSize) - 1);
}
