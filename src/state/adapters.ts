import type { CachePolicy } from '../cache/cache-policy';
import { MemoryIndexStore } from '../index/memory-store';
import type { IndexStore } from '../index/store';
import type { LimiterFactory } from './limiter';
import { memoryLimiters } from './memory/limiter';
import { MemoryResponseStore } from './memory/response-store';
import { MemoryTokenBucket } from './memory/token-bucket';
import type { ResponseStore } from './response-store';
import { MemorySeenActivities, type SeenActivities } from './seen-activities';
import type { BucketShape, TokenBucket } from './token-bucket';
import { MemoryDigestStore, type DigestStore } from './digest-store';
import { MemoryWatchStore, type WatchStore } from './watch-store';

/** Every store the bot keeps state in, as the composition root picks them (one process, or shared). */
export interface StateAdapters {
  responseStore(policy: CachePolicy): ResponseStore;
  limiters: LimiterFactory;
  seenActivities: SeenActivities;
  tokenBucket(shape: BucketShape): TokenBucket;
  /** Watched orders (issue 12): shared in Redis, else this process's own. */
  watchStore: WatchStore;
  /** Digests and window alerts in threads (issue 19): shared in Redis, else this process's own. */
  digestStore: DigestStore;
  /** The partner-wide index (src/index): shared in Redis, else this process's, holding at most `maxCustomers`. */
  indexStore(maxCustomers: number): IndexStore;
  /** The shared tier's state for /readyz; absent when there is none. */
  sharedTier?: { readonly status: 'ok' | 'degraded' };
  close(): Promise<void>;
}

/** Everything in this process: one instance, no Redis (as `npm start` runs without REDIS_URL). */
export function memoryState(): StateAdapters {
  return {
    responseStore: (policy) => new MemoryResponseStore({ maxBytes: policy.maxBytes }),
    limiters: memoryLimiters,
    seenActivities: new MemorySeenActivities(),
    tokenBucket: (shape) => new MemoryTokenBucket(shape),
    watchStore: new MemoryWatchStore(),
    digestStore: new MemoryDigestStore(),
    indexStore: (maxCustomers) => new MemoryIndexStore(maxCustomers),
    close: () => Promise.resolve(),
  };
}
