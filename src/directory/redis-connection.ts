// The directory's own Redis connection, with the shared tier's connection rules (quick timeouts, reconnects
// by itself): loaded only when REDIS_URL is set. The shared tier's connection already logs and counts Redis
// trouble once; this one stays quiet so an outage is not reported twice.
import type { Logger } from '../logging/logger';
import { connectRedis } from '../state/redis/connection';
import { SharedTierHealth } from '../state/shared-tier-health';
import { RedisDirectoryStore } from './redis-store';

export async function redisDirectoryStore(
  url: string,
  prefix: string,
  scope: string,
  logger: Logger,
): Promise<RedisDirectoryStore> {
  // A list of thousands of customers is a larger value than a cached answer: allow it more than 250 ms.
  const redis = await connectRedis(
    url,
    new SharedTierHealth(logger.child({ part: 'directory' }, { level: 'error' })),
    { commandTimeoutMs: 2_000 },
  );
  return new RedisDirectoryStore(redis, prefix, scope, true);
}
