import { Redis } from 'ioredis';
import type { SharedTierHealth } from '../shared-tier-health';

export interface RedisConnectionOptions {
  /** Every command gives up after this (default 250 ms): Redis trouble must not slow a turn down. */
  commandTimeoutMs?: number;
  /** How long start-up waits for the first connection before going on without it (default 2 s). */
  connectWaitMs?: number;
}

/**
 * One connection to Redis (redis:// or rediss:// with a password in the URL; ioredis does TLS for rediss).
 * Commands fail at once while it is down (no offline queue, no per-request retries) and time out quickly; it
 * reconnects by itself, forever, at most every 2 s. Errors only mark the shared tier unreachable.
 */
export async function connectRedis(
  url: string,
  health: SharedTierHealth,
  { commandTimeoutMs = 250, connectWaitMs = 2_000 }: RedisConnectionOptions = {},
): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
    lazyConnect: true,
  });
  redis.on('ready', () => health.reachable());
  redis.on('error', (err: unknown) => health.unreachable((err as { code?: string }).code));
  redis.on('end', () => health.unreachable('closed'));
  const connecting = redis.connect().catch(() => undefined);
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, connectWaitMs).unref())]);
  if (redis.status !== 'ready') health.unreachable('connecting');
  return redis;
}

/** Closes the connection without waiting for a server that may be gone. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
