import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { limiterOver, type LimiterFactory } from '../limiter';
import type { SharedTierHealth } from '../shared-tier-health';
import type { RedisKeys } from './keys';

/**
 * Limits counted in Redis for every instance together. While Redis is away, each instance counts in memory
 * (rate-limiter-flexible's insurance limiter), so the limit still holds per instance.
 */
export function redisLimiters(redis: Redis, keys: RedisKeys, health: SharedTierHealth): LimiterFactory {
  return (name, points, duration) => {
    const shared = limiterOver(
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: keys.limiter(name),
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      }),
    );
    return {
      consume(key) {
        if (redis.status !== 'ready') health.fallback('limit');
        // Hashed: a user id of any length makes a short key.
        return shared.consume(keys.limiterId(key));
      },
    };
  };
}
