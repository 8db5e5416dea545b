import type { Logger } from '../../logging/logger';
import type { StateAdapters } from '../adapters';
import { MemoryResponseStore } from '../memory/response-store';
import { SharedTierHealth, type FallbackMetrics } from '../shared-tier-health';
import { TieredResponseStore } from '../tiered-response-store';
import { closeRedis, connectRedis } from './connection';
import { DEFAULT_KEY_PREFIX, keyRoot, RedisKeys } from './keys';
import { redisLimiters } from './limiter';
import { RedisResponseTier } from './response-tier';
import { RedisSeenActivities } from './seen-activities';
import { RedisTokenBucket } from './token-bucket';
import { RedisWatchStore } from './watch-store';
import { RedisDigestStore } from './digest-store';
import { RedisIndexStore } from './index-store';

export interface RedisStateOptions {
  logger: Logger;
  metrics?: FallbackMetrics;
  /** Prefix of every key (REDIS_KEY_PREFIX, default "pcbot:"); tests each have their own. */
  keyPrefix?: string;
  /** The partner's scope ('sandbox' or `<cloud>|<tenant>`): every key is under prefix + scope. */
  scope: string;
  /** How long a cross-instance load holds its lock: a holder that died delays the others this long at most. */
  lockTtlMs?: number;
  /** How long this process serves its own copy of an entry before looking at Redis again (default 5 s). */
  nearTtlMs?: number;
  commandTimeoutMs?: number;
  connectWaitMs?: number;
}

/** Defaults: a lock outlives the transport's 9 s budget for one request, so a live holder keeps it. */
export const DEFAULT_LOCK_TTL_MS = 10_000;
const DEFAULT_NEAR_TTL_MS = 5_000;

/** The state of several instances in one Redis, each with an in-process tier in front and as its fallback. */
export async function redisState(url: string, options: RedisStateOptions): Promise<StateAdapters> {
  const root = keyRoot(options.keyPrefix ?? DEFAULT_KEY_PREFIX, options.scope);
  const keys = new RedisKeys(root);
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  const health = new SharedTierHealth(options.logger, options.metrics);
  const redis = await connectRedis(url, health, options);
  health.recoverWith({
    run: () => redis.set(keys.health(), '1', 'PX', 10_000),
    closed: () => redis.status === 'end',
  });
  return {
    responseStore: (policy) =>
      new TieredResponseStore(
        new MemoryResponseStore({
          maxBytes: policy.maxBytes,
          peekWindowMs: options.nearTtlMs ?? DEFAULT_NEAR_TTL_MS,
        }),
        new RedisResponseTier(redis, keys, lockTtlMs),
        health,
        { maxWaitMs: 3 * lockTtlMs },
      ),
    limiters: redisLimiters(redis, keys, health),
    seenActivities: new RedisSeenActivities(redis, keys, health),
    tokenBucket: (shape) => new RedisTokenBucket(redis, (name) => keys.budget(name), shape, health),
    watchStore: new RedisWatchStore(redis, root, { logger: options.logger, health }),
    digestStore: new RedisDigestStore(redis, keys, health),
    indexStore: () => new RedisIndexStore(redis, keys, health),
    sharedTier: health,
    close: () => closeRedis(redis),
  };
}
