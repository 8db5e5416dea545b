import { LRUCache } from 'lru-cache';
import type { Metrics } from '../metrics/metrics';
import type { RequestContext } from '../partnercenter/request-context';
import type { CachePolicy } from './cache-policy';

interface Entry {
  value: unknown;
  fetchedAt: number;
}

type Loader = () => Promise<unknown>;

export interface Lookup {
  operation: string;
  key: string;
  ttlMs: number;
}

/**
 * lru-cache does the storage, the byte bound and the single-flight (concurrent fetches of one key share one
 * upstream call); this class adds the freshness rules: fresh for the TTL, then stale-while-revalidate, then
 * stale-if-error with the age reported on the request context.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, Entry, Loader>;
  private readonly failures = new Map<string, unknown>();

  constructor(
    private readonly policy: CachePolicy,
    private readonly metrics?: Metrics,
    private readonly now: () => number = Date.now,
  ) {
    this.lru = new LRUCache<string, Entry, Loader>({
      maxSize: policy.maxBytes,
      sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.value)?.length ?? 1),
      // A stale entry stays until fetched again or evicted, so it can answer when Partner Center fails.
      allowStaleOnFetchRejection: true,
      noDeleteOnFetchRejection: true,
      noDeleteOnStaleGet: true,
      fetchMethod: async (key, _stale, { context }) => {
        try {
          return { value: await context(), fetchedAt: this.now() };
        } catch (err) {
          // Callers that joined this fetch get no error of their own from lru-cache; keep it for them.
          this.failures.set(key, err);
          setTimeout(() => this.failures.delete(key), 0).unref();
          throw err;
        }
      },
    });
  }

  async get<T>(lookup: Lookup, ctx: RequestContext, load: () => Promise<T>): Promise<T> {
    // The common case, a fresh hit, without fetch()'s bookkeeping: get() answers only within the TTL.
    if (!ctx.bypassCache) {
      const fresh = this.lru.get(lookup.key);
      if (fresh) {
        this.metrics?.cacheLookup(lookup.operation, 'hit');
        return fresh.value as T;
      }
    }
    const started = this.now();
    const current = this.lru.peek(lookup.key, { allowStale: true });
    const age = current ? started - current.fetchedAt : Infinity;
    const status: LRUCache.Status<string, Entry, Loader> = {};
    const entry = await this.lru.fetch(lookup.key, {
      context: load,
      ttl: lookup.ttlMs,
      forceRefresh: ctx.bypassCache === true,
      // Within the revalidation window, answer now with the old value; the refresh happens in the background.
      allowStale: !ctx.bypassCache && age < lookup.ttlMs + this.policy.staleWhileRevalidateMs,
      status,
    });
    if (!entry)
      throw (
        status.fetchError ?? this.failures.get(lookup.key) ?? new Error(`no value for ${lookup.operation}`)
      );

    const served = started - entry.fetchedAt;
    const failedUpstream =
      entry.fetchedAt < started &&
      (status.fetchRejected || served >= lookup.ttlMs + this.policy.staleWhileRevalidateMs);
    if (failedUpstream) {
      if (served > this.policy.staleIfErrorMs && status.fetchError) throw status.fetchError;
      if (ctx.freshness) ctx.freshness.staleAgeMs = Math.max(ctx.freshness.staleAgeMs ?? 0, served);
    }
    this.metrics?.cacheLookup(lookup.operation, outcome(status, failedUpstream));
    return entry.value as T;
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
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
