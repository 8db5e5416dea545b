// The partner's customer list, held in this process for resolution with no round trip, loaded from Partner
// Center by one instance at a time (the store's lock) and shared through the store, refreshed in the
// background. Until it is loaded, resolve() says "not here" and callers search Partner Center as before.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { Customer } from '../partnercenter/models';
import type { RequestContext } from '../partnercenter/request-context';
import { CustomerIndex, type DirectoryMatch } from './match';
import type { DirectorySnapshot, DirectoryStore } from './store';

export interface CustomerSource {
  /** Every customer of the partner, all pages. */
  listCustomers(ctx: RequestContext): Promise<Customer[]>;
}

export interface DirectoryOptions {
  source: CustomerSource;
  store: DirectoryStore;
  /** A copy older than this is loaded again (default 15 minutes; CUSTOMER_DIRECTORY_REFRESH_MINUTES). */
  refreshEveryMs?: number;
  /** How often an instance looks at the shared copy for one another instance loaded (default 30 s). */
  checkEveryMs?: number;
  /**
   * A `refresh` within this long of the last load answers with the copy in use (default 60 s): people asking
   * again and again must not spend the partner's Partner Center budget on lists of thousands of customers.
   */
  minReloadMs?: number;
  /** A load holds the lock this long at most: an instance that died loading delays the others this long. */
  lockTtlMs?: number;
  /** After a failed load, no load for this long (default 1 min), doubling with each failure up to `maxMs`. */
  backoff?: { firstMs: number; maxMs: number };
  logger?: Pick<Logger, 'info' | 'warn'>;
  now?: () => number;
}

export interface DirectoryState {
  loaded: boolean;
  count: number;
  loadedAt?: number;
}

export const DEFAULT_DIRECTORY_REFRESH_MS = 15 * 60_000;
const DEFAULT_CHECK_MS = 30_000;
const DEFAULT_LOCK_TTL_MS = 60_000;
const DEFAULT_MIN_RELOAD_MS = 60_000;
const POLL_MS = 100;
const DEFAULT_BACKOFF = { firstMs: 60_000, maxMs: 16 * 60_000 };

export class CustomerDirectory {
  private index: CustomerIndex | undefined;
  private loadedAt = 0;
  private inFlight: Promise<DirectoryState> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly owner = randomUUID();
  /** The last load's failure, and when the next load may be tried: nobody's `refresh` loads sooner. */
  private failure: { error: unknown; count: number; retryAt: number } | undefined;
  private readonly refreshEveryMs: number;
  private readonly lockTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: DirectoryOptions) {
    this.refreshEveryMs = options.refreshEveryMs ?? DEFAULT_DIRECTORY_REFRESH_MS;
    this.lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  get state(): DirectoryState {
    return this.index
      ? { loaded: true, count: this.index.size, loadedAt: this.loadedAt }
      : { loaded: false, count: 0 };
  }

  /** What `typed` names among the loaded customers; undefined when not loaded or nothing is close. */
  resolve(typed: string): DirectoryMatch | undefined {
    return this.index?.match(typed);
  }

  /** Every loaded customer `typed` names, best first, at most `limit`; none when not loaded (the compose box). */
  search(typed: string, limit: number): Customer[] {
    return this.index?.search(typed, limit) ?? [];
  }

  /** Loads (or adopts the shared copy) now, then keeps it fresh in the background. Never throws. */
  start(): Promise<DirectoryState> {
    const first = this.sync();
    const every = Math.min(this.options.checkEveryMs ?? DEFAULT_CHECK_MS, this.refreshEveryMs);
    this.timer = setInterval(() => void this.sync(), every);
    this.timer.unref();
    return first;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Adopts a newer shared copy; loads when there is none or it is older than the refresh interval. */
  async sync(): Promise<DirectoryState> {
    try {
      const shared = await this.options.store.read();
      if (shared) this.adopt(shared);
      // The local copy counts too: with Redis away, the one this instance loaded is still fresh.
      if (this.index && this.now() - this.loadedAt < this.refreshEveryMs) return this.state;
      if (this.failure && this.now() < this.failure.retryAt) return this.state;
      return await this.refresh();
    } catch {
      return this.state;
    }
  }

  /**
   * Loads the list from Partner Center now (the `refresh` command, or a copy that is too old). When another
   * instance is loading, waits for its copy instead. Concurrent calls in this process share one load.
   * Throws the Partner Center error when the load fails; the copy in use is kept. After a failure, loads back
   * off: until the next try is due, a refresh gets the copy in use, or the last failure again, with no call.
   */
  refresh(): Promise<DirectoryState> {
    const minReloadMs = this.options.minReloadMs ?? DEFAULT_MIN_RELOAD_MS;
    if (!this.inFlight && this.index && this.now() - this.loadedAt < minReloadMs)
      return Promise.resolve(this.state);
    if (!this.inFlight && this.failure && this.now() < this.failure.retryAt)
      return this.index ? Promise.resolve(this.state) : Promise.reject(this.failure.error);
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * Loads while holding the lock. While another instance holds it, polls for the copy it writes (a copy other
   * than the one there before: load times are compared as seen, not by clock), and takes the lock itself
   * when the holder let go without writing (its load failed) or died (the lock expired).
   */
  private async load(): Promise<DirectoryState> {
    const { store } = this.options;
    const before = (await store.read())?.loadedAt;
    const until = this.now() + 2 * this.lockTtlMs;
    while (!this.stopped) {
      if (await store.tryLock(this.owner, this.lockTtlMs)) return this.loadHoldingLock(before);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const shared = await store.read();
      if (shared && shared.loadedAt !== before) {
        this.adopt(shared);
        return this.state;
      }
      if (this.now() > until) break;
    }
    return this.state;
  }

  private async loadHoldingLock(before: number | undefined): Promise<DirectoryState> {
    const { store, source, logger } = this.options;
    try {
      // Another instance may have written its copy just before letting go of the lock (even before this load
      // looked): a copy that is new, or was loaded within the last minute, is good enough.
      const shared = await store.read();
      const minReloadMs = this.options.minReloadMs ?? DEFAULT_MIN_RELOAD_MS;
      if (shared && (shared.loadedAt !== before || this.now() - shared.loadedAt < minReloadMs)) {
        this.adopt(shared);
        return this.state;
      }
      const customers = await source.listCustomers({ correlationId: randomUUID(), background: true });
      const snapshot = { loadedAt: this.now(), customers };
      this.adopt(snapshot);
      this.failure = undefined;
      await store.write(snapshot);
      logger?.info({ customers: customers.length }, 'customer directory loaded');
      return this.state;
    } catch (err) {
      const backoffMs = this.failed(err);
      logger?.warn({ err, backoffMs }, 'customer directory load failed; the copy in use is kept');
      throw err;
    } finally {
      await store.unlock(this.owner);
    }
  }

  /** Counts a failed load; returns how long until the next may be tried. */
  private failed(error: unknown): number {
    const { firstMs, maxMs } = this.options.backoff ?? DEFAULT_BACKOFF;
    const count = (this.failure?.count ?? 0) + 1;
    const backoffMs = Math.min(maxMs, firstMs * 2 ** (count - 1));
    this.failure = { error, count, retryAt: this.now() + backoffMs };
    return backoffMs;
  }

  private adopt(snapshot: DirectorySnapshot): void {
    if (this.index && snapshot.loadedAt <= this.loadedAt) return;
    this.index = new CustomerIndex(snapshot.customers);
    this.loadedAt = snapshot.loadedAt;
  }
}
