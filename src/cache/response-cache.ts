import { randomUUID } from 'node:crypto';
import type { Metrics } from '../metrics/metrics';
import { PartnerCenterError } from '../partnercenter/errors';
import type { RequestContext } from '../partnercenter/request-context';
import { stamped } from '../state/content-stamp';
import { MemoryResponseStore } from '../state/memory/response-store';
import type { ResponseStore, StoredEntry } from '../state/response-store';
import type { CachePolicy } from './cache-policy';

/** Loads a value upstream. The signal belongs to the shared call, not to any one turn. */
export type Loader<T = unknown> = (signal: AbortSignal) => Promise<T>;

export interface Lookup {
  operation: string;
  key: string;
  ttlMs: number;
  /** Checks a value read back from a shared tier (another process wrote it); refused values count as absent. */
  accept?: (value: unknown) => boolean;
}

export interface ResponseCacheOptions {
  /** Where entries live (default: this process's memory, bounded by policy.maxBytes). */
  store?: ResponseStore;
  now?: () => number;
}

const DEFAULT_SWEEP_MS = 60_000;
const ABORTED = Symbol('aborted');

/**
 * The freshness rules over a store: fresh for the TTL, then stale-while-revalidate, then stale-if-error with the
 * age reported on the request context, then gone. The store does the storage and the single-flight. A turn
 * whose signal aborts stops waiting (stale data if any, else a timeout) without aborting the shared call other
 * turns may wait for. Only a turn that needs Partner Center passes its upstream gate (the per-person limit).
 */
export class ResponseCache {
  private readonly store: ResponseStore;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly policy: CachePolicy,
    private readonly metrics?: Metrics,
    options: ResponseCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.store = options.store ?? new MemoryResponseStore({ maxBytes: policy.maxBytes, now: this.now });
    this.sweeper = setInterval(() => this.sweep(), policy.sweepIntervalMs ?? DEFAULT_SWEEP_MS);
    this.sweeper.unref();
  }

  async get<T>(lookup: Lookup, ctx: RequestContext, load: Loader<T>): Promise<T> {
    // The common case, a fresh entry in this process, with no I/O and no bookkeeping.
    if (!ctx.bypassCache) {
      const held = this.store.peek(lookup.key);
      if (held && this.now() - held.fetchedAt < lookup.ttlMs) {
        this.metrics?.cacheLookup(lookup.operation, 'hit');
        noteFetchedAt(ctx, held.fetchedAt);
        return held.value as T;
      }
    }
    return (await this.lookUp(lookup, ctx, load)) as T;
  }

  private async lookUp(lookup: Lookup, ctx: RequestContext, load: Loader): Promise<unknown> {
    const started = this.now();
    const found = await this.store.get(lookup.key, { accept: lookup.accept });
    const usable = found && started <= found.expiresAt ? found : undefined;
    // Cache-only (the last good card): whatever is still held, even past stale-if-error, beats an error card.
    if (ctx.cacheOnly) return this.afterAbort(lookup, ctx, found);
    if (ctx.signal?.aborted) return this.afterAbort(lookup, ctx, usable);
    if (usable && !ctx.bypassCache) {
      noteFetchedAt(ctx, usable.fetchedAt);
      const age = started - usable.fetchedAt;
      if (age < lookup.ttlMs) {
        this.metrics?.cacheLookup(lookup.operation, 'hit');
        return usable.value;
      }
      if (age < lookup.ttlMs + this.policy.staleWhileRevalidateMs) {
        // Answer now with the old value; the refresh happens in the background.
        this.flight(lookup, load, usable).catch(() => undefined);
        this.metrics?.cacheLookup(lookup.operation, 'stale');
        return usable.value;
      }
    }

    // This turn needs Partner Center: the gate may refuse it (e.g. the per-person limit).
    await ctx.upstreamGate?.();
    const pending = this.flight(lookup, load, usable);
    let result: Awaited<typeof pending> | typeof ABORTED;
    try {
      result = ctx.signal ? await untilAborted(pending, ctx.signal) : await pending;
    } catch (err) {
      if (!usable) throw err;
      // Stale-if-error: the last good answer, with its age on the card.
      this.servedStale(ctx, started - usable.fetchedAt);
      noteFetchedAt(ctx, usable.fetchedAt);
      this.metrics?.cacheLookup(lookup.operation, 'stale');
      return usable.value;
    }
    if (result === ABORTED) return this.afterAbort(lookup, ctx, usable);
    noteFetchedAt(ctx, result.entry.fetchedAt);
    this.metrics?.cacheLookup(lookup.operation, result.joined ? 'coalesced' : 'miss');
    return result.entry.value;
  }

  private flight(lookup: Lookup, load: Loader, current: StoredEntry | undefined) {
    return this.store.singleFlight(
      lookup.key,
      async (signal) => {
        const value = await load(signal);
        const fetchedAt = this.now();
        const stamp = randomUUID();
        return {
          value: stamped(value, stamp),
          fetchedAt,
          expiresAt: fetchedAt + lookup.ttlMs + this.policy.staleIfErrorMs,
          stamp,
        };
      },
      { accept: lookup.accept, newerThan: current?.fetchedAt ?? -Infinity },
    );
  }

  /**
   * The turn's deadline passed while waiting, or it may not wait (cacheOnly): the last good answer if it has
   * not expired, else a timeout. A fresh one is no stale answer.
   */
  private afterAbort(lookup: Lookup, ctx: RequestContext, usable: StoredEntry | undefined): unknown {
    if (usable) {
      const age = this.now() - usable.fetchedAt;
      if (age >= lookup.ttlMs) this.servedStale(ctx, age);
      noteFetchedAt(ctx, usable.fetchedAt);
      this.metrics?.cacheLookup(lookup.operation, 'stale');
      return usable.value;
    }
    throw new PartnerCenterError({
      reason: 'timeout',
      status: 0,
      operation: lookup.operation,
      correlationId: ctx.correlationId,
      requestId: '',
      description: 'no answer before the turn ran out of time',
      cause: ctx.signal?.reason,
    });
  }

  private servedStale(ctx: RequestContext, ageMs: number): void {
    if (ctx.freshness) ctx.freshness.staleAgeMs = Math.max(ctx.freshness.staleAgeMs ?? 0, ageMs);
  }

  /** Removes entries past TTL + staleIfErrorMs; an LRU alone would keep stale entries until evicted. */
  sweep(): void {
    this.store.sweep(this.now());
  }

  clear(): void {
    this.store.clear();
  }

  /** Stops the sweep timer and the store (loads still in flight are aborted). */
  close(): void {
    clearInterval(this.sweeper);
    this.store.close();
  }

  get size(): { entries: number; bytes: number } {
    return this.store.size;
  }
}

/** The card's "as of" is the oldest load among the answers a turn used. */
function noteFetchedAt(ctx: RequestContext, fetchedAt: number): void {
  if (ctx.freshness) ctx.freshness.fetchedAt = Math.min(ctx.freshness.fetchedAt ?? Infinity, fetchedAt);
}

/** The load's result, or ABORTED if the signal fires first; the load itself goes on for other waiters. */
function untilAborted<V>(pending: Promise<V>, signal: AbortSignal): Promise<V | typeof ABORTED> {
  if (signal.aborted) {
    pending.catch(() => undefined);
    return Promise.resolve(ABORTED);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      pending.catch(() => undefined);
      resolve(ABORTED);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
