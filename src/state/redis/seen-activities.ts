import type { Redis } from 'ioredis';
import { MemorySeenActivities, SEEN_ACTIVITY_TTL_MS, type SeenActivities } from '../seen-activities';
import type { SharedTierHealth } from '../shared-tier-health';
import type { RedisKeys } from './keys';

/**
 * Activity ids remembered in Redis (SET NX with a 10-minute expiry), so a Teams retry that lands on another
 * instance is not answered twice. While Redis is away, this process remembers them itself.
 */
export class RedisSeenActivities implements SeenActivities {
  private readonly local = new MemorySeenActivities();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly health: SharedTierHealth,
    private readonly ttlMs = SEEN_ACTIVITY_TTL_MS,
  ) {}

  async firstTime(key: string): Promise<boolean> {
    try {
      const set = await this.redis.set(this.keys.seen(key), '1', 'PX', this.ttlMs, 'NX');
      return set === 'OK';
    } catch (err) {
      this.health.fallback('seenActivities', err);
      return this.local.firstTime(key);
    }
  }
}
