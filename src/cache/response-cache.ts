import { LRUCache } from 'lru-cache';
import type { Metrics } from '../metrics/metrics';
import { PartnerCenterError } from '../partnercenter/errors';
import type { RequestContext } from '../partnercenter/request-context';
import type { CachePolicy } from './cache-policy';
import { entrySize } from './entry-size';

interface Entry {
  value: unknown;
  fetchedAt: number;
  /** Past its TTL and the stale-if-error window: never served, and swept out. */
  expiresAt: number;
}

/** Loads a value upstream. The signal belongs to the shared call, not to any one turn. */
export type Loader<T = unknown> = (signal: AbortSignal) => Promise<T>;

export interface Lookup {
  operation: string;
  key: string;
  ttlMs: number;
}

const DEFAULT_SWEEP_MS = 60_000;
const ABORTED = Symbol('aborted');

/**
 * lru-cache does the storage, the size bound and the single-flight (concurrent fetches of one key share one
 * upstream call); this class adds the freshness rules: fresh for the TTL, then stale-while-revalidate, then
 * stale-if-error with the age reported on the request context, then gone. A turn whose signal aborts stops
 * waiting (stale data if any, else a timeout) without aborting the shared call other turns may wait for.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, Entry, Loader>;
  private readonly failures = new Map<string, unknown>();
  /** Keys with an upstream call in flight: the sweep leaves them alone (deleting would abort the call). */
  private readonly loading = new Set<string>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly policy: CachePolicy,
    private readonly metrics?: Metrics,
    private readonly now: () => number = Date.now,
  ) {
    this.lru = new LRUCache<string, Entry, Loader>({
      maxSize: policy.maxBytes,
      sizeCalculation: (entry, key) => entrySize(key, entry.value),
      // A stale entry stays (until it expires) so it can answer when Partner Center fails.
      allowStaleOnFetchRejection: true,
      noDeleteOnFetchRejection: true,
      noDeleteOnStaleGet: true,
      fetchMethod: async (key, _stale, { context, signal, options }) => {
        this.loading.add(key);
        try {
          const value = await context(signal);
          const fetchedAt = this.now();
          return { value, fetchedAt, expiresAt: fetchedAt + (options.ttl ?? 0) + this.policy.staleIfErrorMs };
        } catch (err) {
          // Callers that joined this fetch get no error of their own from lru-cache; keep it for them.
          this.failures.set(key, err);
          setTimeout(() => this.failures.delete(key), 0).unref();
          throw err;
        } finally {
          this.loading.delete(key);
        }
      },
    });
    this.sweeper = setInterval(() => this.sweep(), policy.sweepIntervalMs ?? DEFAULT_SWEEP_MS);
    this.sweeper.unref();
  }

  async get<T>(lookup: Lookup, ctx: RequestContext, load: Loader<T>): Promise<T> {
    // The common case, a fresh hit, without fetch()'s bookkeeping: get() answers only within the TTL.
    if (!ctx.bypassCache) {
      const fresh = this.lru.get(lookup.key);
      if (fresh) {
        this.metrics?.cacheLookup(lookup.operation, 'hit');
        return fresh.value as T;
      }
    }
    const started = this.now();
    if (ctx.signal?.aborted) return this.afterAbort<T>(lookup, ctx, started);
    const current = this.lru.peek(lookup.key, { allowStale: true });
    const age = current ? started - current.fetchedAt : Infinity;
    const status: LRUCache.Status<string, Entry, Loader> = {};
    const pending = this.lru.fetch(lookup.key, {
      context: load,
      ttl: lookup.ttlMs,
      forceRefresh: ctx.bypassCache === true,
      // Within the revalidation window, answer now with the old value; the refresh happens in the background.
      allowStale: !ctx.bypassCache && age < lookup.ttlMs + this.policy.staleWhileRevalidateMs,
      status,
    });
    const entry = ctx.signal ? await untilAborted(pending, ctx.signal) : await pending;
    if (entry === ABORTED) return this.afterAbort<T>(lookup, ctx, started);
    if (!entry)
      throw (
        status.fetchError ?? this.failures.get(lookup.key) ?? new Error(`no value for ${lookup.operation}`)
      );

    const served = started - entry.fetchedAt;
    const failedUpstream =
      entry.fetchedAt < started &&
      (status.fetchRejected || served >= lookup.ttlMs + this.policy.staleWhileRevalidateMs);
    if (failedUpstream) {
      if (started > entry.expiresAt && status.fetchError) throw status.fetchError;
      if (ctx.freshness) ctx.freshness.staleAgeMs = Math.max(ctx.freshness.staleAgeMs ?? 0, served);
    }
    this.metrics?.cacheLookup(lookup.operation, outcome(status, failedUpstream));
    return entry.value as T;
  }

  /** The turn's deadline passed while waiting: the last good answer if it has not expired, else a timeout. */
  private afterAbort<T>(lookup: Lookup, ctx: RequestContext, started: number): T {
    const stale = this.lru.peek(lookup.key, { allowStale: true });
    if (stale && started <= stale.expiresAt) {
      const age = this.now() - stale.fetchedAt;
      if (ctx.freshness) ctx.freshness.staleAgeMs = Math.max(ctx.freshness.staleAgeMs ?? 0, age);
      this.metrics?.cacheLookup(lookup.operation, 'stale');
      return stale.value as T;
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

  /** Removes entries past TTL + staleIfErrorMs; lru-cache alone would keep stale entries until evicted. */
  sweep(): void {
    const now = this.now();
    for (const [key, { value }] of this.lru.dump()) {
      if (now > value.expiresAt && !this.loading.has(key)) this.lru.delete(key);
    }
  }

  clear(): void {
    this.lru.clear();
  }

  /** Stops the sweep timer (it does not keep the process alive either way). */
  close(): void {
    clearInterval(this.sweeper);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}

/** The fetch's result, or ABORTED if the signal fires first; the fetch itself goes on for other waiters. */
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

function outcome(
  status: LRUCache.Status<string, Entry, Loader>,
  failedUpstream: boolean,
): 'hit' | 'miss' | 'stale' | 'coalesced' {
  if (failedUpstream) return 'stale';
  switch (status.fetch) {
    case 'hit':
      return 'hit';
    case 'inflight':
      return 'coalesced';
    case 'stale':
      return status.returnedStale ? 'stale' : 'miss';
    default:
      return 'miss';
  }
}
