import type { Redis } from 'ioredis';
import { MemoryTokenBucket } from '../memory/token-bucket';
import type { SharedTierHealth } from '../shared-tier-health';
import type { BucketShape, BucketTake, TokenBucket } from '../token-bucket';

// Refill by Redis' own clock (instances' clocks may differ), then take one token if there is one.
// Returns { taken, whole tokens left, ms until the next token }.
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local taken = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
else
  wait = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
return { taken, math.floor(tokens), wait }
`;

/** One bucket per key for every instance together; while Redis is away, this process keeps its own. */
export class RedisTokenBucket implements TokenBucket {
  private readonly local: MemoryTokenBucket;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly shape: BucketShape,
    private readonly health: SharedTierHealth,
  ) {
    this.local = new MemoryTokenBucket(shape);
  }

  async take(key: string): Promise<BucketTake> {
    try {
      const [taken, level, waitMs] = (await this.redis.eval(
        TAKE,
        1,
        `${this.prefix}v1:budget:${key}`,
        this.shape.capacity,
        this.shape.perMinute / 60_000,
      )) as [number, number, number];
      return { taken: taken === 1, level, waitMs };
    } catch (err) {
      this.health.fallback('budget', err);
      return this.local.take(key);
    }
  }
}
