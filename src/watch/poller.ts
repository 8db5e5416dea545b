// One poller for all instances: each instance ticks, and the one holding the lock (a Redis key with a TTL,
// renewed every tick) does the work; if it dies the lock lapses and another takes over within the TTL.
// It reads one orders list per due customer, announces each change once (announcer.ts: the notice is stored
// with the state in one compare-and-set, so an instance taking over mid-round neither repeats nor loses it),
// ends watches of completed or cancelled orders and expired ones, and drops watches whose conversation is gone. With what its budget
// share has left after the lists, it also reads the provisioning of a few pending watched orders a round
// (each on the same age schedule as the lists) and announces when that changes. A notice says since when the
// order was in its state only when something knows it (status-since.ts), and names the subscriptions it created.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { PartnerCenterApi } from '../partnercenter/api';
import { isPartnerCenterError } from '../partnercenter/errors';
import { sameId } from '../partnercenter/ids';
import type { Order, Subscription } from '../partnercenter/models';
import { needsAppUserAuth } from '../partnercenter/provisioning-status';
import type { RequestContext } from '../partnercenter/request-context';
import type { Watch, WatchState, WatchStore } from '../state/watch-store';
import { Announcer } from './announcer';
import { createdSubscriptions } from './created-subscriptions';
import { isFinal } from './final';
import type { NoticeFacts, WatchNotices } from './notices';
import { provisioningSummary } from './provisioning';
import type { Notifier } from './notifier';
import {
  APP_USER_RETRY_MS,
  dueCustomers,
  MAX_POLL_INTERVAL_MS,
  MIN_POLL_INTERVAL_MS,
  pollInterval,
  PROVISIONING_CHECKS_PER_ROUND,
} from './schedule';
import { pendingSince, storedSince, type StatusSince } from './status-since';

/** The poller's share of the partner budget: true when it may make one more call now. */
export interface PollerBudget {
  take(): Promise<boolean>;
}

export interface WatchPollerDeps {
  store: WatchStore;
  api: PartnerCenterApi;
  notifier: Notifier;
  /** What a notice looks like (the watch command's cards). */
  notices: WatchNotices;
  budget: PollerBudget;
  /** Since when an order has been in a status, from the partner-wide index (indexStatusSince); optional. */
  statusSince?: StatusSince;
  logger: Logger;
  instanceId?: string;
  /** How often each instance looks (default 10 s). */
  tickMs?: number;
  /** The lock's TTL (default 30 s): how long a dead poller delays the next one at most. */
  lockTtlMs?: number;
  /** A notice's claim lease (default NOTICE_RESEND_AFTER_MS): how long a dead sender delays it at most. */
  noticeLeaseMs?: number;
  now?: () => number;
}

const DEFAULT_POLL_TICK_MS = 10_000;
const DEFAULT_POLL_LOCK_TTL_MS = 30_000;

export class WatchPoller {
  private readonly instanceId: string;
  private readonly lastPolled = new Map<string, number>();
  /** Watch id → when this poller last read its order's provisioning. */
  private readonly provisioningReadAt = new Map<string, number>();
  /** Until then provisioning is not read: Partner Center said it needs App+User credentials. */
  private provisioningOffUntil = 0;
  private pausedUntil = 0;
  private backoffMs = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private readonly now: () => number;
  private readonly announcer: Announcer;

  constructor(private readonly deps: WatchPollerDeps) {
    this.instanceId = deps.instanceId ?? randomUUID();
    this.now = deps.now ?? Date.now;
    this.announcer = new Announcer(deps.store, deps.notifier, deps.logger, this.now, {
      instanceId: this.instanceId,
      leaseMs: deps.noticeLeaseMs,
    });
  }

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs ?? DEFAULT_POLL_TICK_MS);
    this.timer.unref();
  }

  /** Stops ticking and waits for a round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round (never two at once in a process); never throws. `everyone`: every customer is due (tests, demos). */
  tick(everyone = false): Promise<void> {
    this.running ??= this.round(everyone)
      .catch((err: unknown) => this.deps.logger.warn({ err }, 'watch poller round failed'))
      // A round ends when its notices are sent, deferred or given up (each send is bounded).
      .then(() => this.announcer.settled())
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async round(everyone: boolean): Promise<void> {
    const { store } = this.deps;
    if (!(await this.holdLock())) {
      // Another instance polls; when it takes over again this one starts from the stored state.
      this.lastPolled.clear();
      this.provisioningReadAt.clear();
      this.announcer.forgetDeferred();
      return;
    }
    const now = this.now();
    const watches = await store.all();
    const live: Watch[] = [];
    for (const watch of watches) {
      if (watch.expiresAt > now) live.push(watch);
      else if (await store.remove(watch.id))
        await this.announcer.sendOnce(watch, this.deps.notices.expired(watch));
    }
    await this.announcer.resendLeftovers(live);
    // Settled before the next changes: a leftover's watch may change again this round.
    await this.announcer.settled();
    if (now < this.pausedUntil) return;
    for (const { customerId, watches: ofCustomer } of dueCustomers(
      live,
      everyone ? new Map() : this.lastPolled,
      everyone ? Infinity : now,
    )) {
      // The lock is renewed before each call: a long round keeps it, and a poller that lost it stops.
      if (this.stopped || !(await this.holdLock()) || !(await this.deps.budget.take())) return;
      const orders = await this.ordersOf(customerId);
      if (orders === undefined) return; // throttled: paused
      this.lastPolled.set(customerId, this.now());
      for (const watch of ofCustomer) await this.compare(watch, orders);
    }
    // The notices of these changes are sent before provisioning may change the same watches again.
    await this.announcer.settled();
    await this.followProvisioning(live, everyone);
  }

  /** Reads the provisioning of the few most overdue pending watched orders, and announces a change. */
  private async followProvisioning(live: readonly Watch[], everyone: boolean): Promise<void> {
    const { api, store } = this.deps;
    if (!api.getProvisioningStatus || this.now() < this.provisioningOffUntil) return;
    // Finite arithmetic throughout, so the sort below always compares numbers.
    const now = everyone ? Number.MAX_SAFE_INTEGER / 2 : this.now();
    // How long past its next read a watch is; one never read is read as if last read at time 0.
    const overdue = (w: Watch) =>
      now - (this.provisioningReadAt.get(w.id) ?? 0) - pollInterval(now - w.createdAt);
    const due = live
      .filter((w) => !isFinal(w.state.status) && overdue(w) >= 0)
      .sort((a, b) => overdue(b) - overdue(a))
      .slice(0, PROVISIONING_CHECKS_PER_ROUND);
    for (const watch of due) {
      if (this.stopped || !(await this.holdLock()) || !(await this.deps.budget.take())) return;
      this.provisioningReadAt.set(watch.id, this.now());
      let summary: string;
      try {
        summary = provisioningSummary(
          await api.getProvisioningStatus(watch.customerId, watch.orderId, this.ctx()),
        );
      } catch (err) {
        if (needsAppUserAuth(err)) {
          this.provisioningOffUntil = this.now() + APP_USER_RETRY_MS;
          this.deps.logger.info(
            'watches follow order status only: provisioning status needs App+User credentials',
          );
          return;
        }
        if (this.backOffIfThrottled(err)) return;
        continue; // read again next time
      }
      // The stored state now (this round may have moved or ended it), so the compare-and-set is exact.
      const current = await store.get(watch.id);
      if (!current || isFinal(current.state.status) || current.state.provisioning === summary) continue;
      const from = current.state;
      if (from.provisioning === undefined) {
        // The first read is where the watch starts from, not a change.
        await store.advance(watch.id, from, { ...from, provisioning: summary });
        continue;
      }
      // `since` stays the time the status began: the watches list and the notices say "Pending since".
      const to = { ...from, provisioning: summary };
      const facts = await this.factsOf(current, from, undefined);
      await this.announcer.change(current, to, this.deps.notices.change(current, from, to, facts), false);
    }
  }

  private holdLock(): Promise<boolean> {
    return this.deps.store.lead(this.instanceId, this.deps.lockTtlMs ?? DEFAULT_POLL_LOCK_TTL_MS);
  }

  /** The customer's orders, fresh; undefined after a 429 (the poller pauses, backing off). */
  private async ordersOf(customerId: string): Promise<Order[] | undefined> {
    try {
      const orders = await this.deps.api.listOrders(customerId, {}, this.ctx());
      this.backoffMs = 0;
      return orders;
    } catch (err) {
      if (this.backOffIfThrottled(err)) return undefined;
      // One customer failing (gone, forbidden, an outage) does not stop the others; it is tried next time.
      this.lastPolled.set(customerId, this.now());
      this.deps.logger.warn({ err, customerId }, 'watch poller could not read orders');
      return [];
    }
  }

  /** After a 429 the poller pauses, longer each time in a row, and at least as long as Retry-After says. */
  private backOffIfThrottled(err: unknown): boolean {
    if (!isPartnerCenterError(err) || err.reason !== 'throttled') return false;
    this.backoffMs = Math.min(MAX_POLL_INTERVAL_MS, Math.max(MIN_POLL_INTERVAL_MS, this.backoffMs * 2));
    const wait = Math.max(this.backoffMs, (err.retryAfterSeconds ?? 0) * 1000);
    this.pausedUntil = this.now() + wait;
    this.deps.logger.warn({ pauseMs: wait }, 'watch poller throttled: backing off');
    return true;
  }

  private async compare(watch: Watch, orders: readonly Order[]): Promise<void> {
    const order = orders.find((o) => sameId(o.id, watch.orderId));
    if (!order?.status || order.status.toLowerCase() === watch.state.status.toLowerCase()) return;
    const to = {
      status: order.status,
      since: new Date(this.now()).toISOString(),
      provisioning: watch.state.provisioning,
    };
    // Only the caller that moves the stored state announces the change (the card is built first, to be stored
    // with it).
    const facts = await this.factsOf(watch, watch.state, order);
    const card = this.deps.notices.change(watch, watch.state, to, facts);
    await this.announcer.change(watch, to, card, isFinal(order.status));
  }

  /** What a notice of a change from `from` says beyond the states; `order`: its body, when this round read it. */
  private async factsOf(watch: Watch, from: WatchState, order: Order | undefined): Promise<NoticeFacts> {
    const at =
      storedSince(watch, from) ??
      pendingSince(order?.creationDate, from.status) ??
      (await this.deps.statusSince?.(watch, from.status).catch(() => undefined));
    const subscriptions = createdSubscriptions(await this.subscriptionsOf(watch), order);
    return {
      since: at !== undefined ? { at, known: true } : { at: watch.createdAt, known: false },
      subscriptions,
      now: this.now(),
    };
  }

  private async subscriptionsOf(watch: Watch): Promise<Subscription[] | undefined> {
    if (!(await this.deps.budget.take())) return undefined;
    try {
      return await this.deps.api.listSubscriptions(watch.customerId, this.ctx(), watch.orderId);
    } catch {
      return undefined; // the notice names its line items', or says they could not be read
    }
  }

  private ctx(): RequestContext {
    return { correlationId: randomUUID(), locale: 'en-US', bypassCache: true, background: true };
  }
}
