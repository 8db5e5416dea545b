import type { Redis } from 'ioredis';
import { MemoryTokenBucket } from '../memory/token-bucket';
import type { SharedTierHealth } from '../shared-tier-health';
import type { BucketShape, BucketTake, TakeRequest, TokenBucket } from '../token-bucket';

// Refill by Redis' own clock (instances' clocks may differ). Tokens go below zero by the tokens reserved ahead:
// a person's call (ARGV[4] = max wait in ms, -1 for background work) reserves the next token if it is due
// within its wait; background work takes only a free one. ARGV[3] = 1 gives a reserved token back instead.
// Returns { taken, whole tokens left, ms until the token (taken) or until a free one (refused) }.
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local give = tonumber(ARGV[3])
local max_wait = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local taken = 0
local wait = 0
if give == 1 then
  tokens = math.min(capacity, tokens + 1)
elseif tokens >= 1 then
  tokens = tokens - 1
  taken = 1
else
  wait = math.ceil((1 - tokens) / per_ms)
  if max_wait >= 0 and wait <= max_wait then
    tokens = tokens - 1
    taken = 1
  end
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
return { taken, math.max(0, math.floor(tokens)), wait }
`;

/** One bucket per key for every instance together; while Redis is away, this process keeps its own. */
export class RedisTokenBucket implements TokenBucket {
  private readonly local: MemoryTokenBucket;

  constructor(
    private readonly redis: Redis,
    /** The bucket's key for a budget key (the partner's scope, or the poller's share). */
    private readonly keyOf: (key: string) => string,
    private readonly shape: BucketShape,
    private readonly health: SharedTierHealth,
  ) {
    this.local = new MemoryTokenBucket(shape);
  }

  async take(key: string, request: TakeRequest): Promise<BucketTake> {
    const maxWaitMs = request.priority === 'person' ? Math.max(0, Math.floor(request.maxWaitMs)) : -1;
    try {
      const [taken, level, waitMs] = (await this.run(key, 0, maxWaitMs)) as [number, number, number];
      return { taken: taken === 1, level, waitMs };
    } catch (err) {
      this.health.fallback('budget', err);
      return this.local.take(key, request);
    }
  }

  async give(key: string): Promise<void> {
    try {
      await this.run(key, 1, -1);
    } catch (err) {
      this.health.fallback('budget', err);
    }
  }

  private run(key: string, give: 0 | 1, maxWaitMs: number): Promise<unknown> {
    const { capacity, perMinute } = this.shape;
    return this.redis.eval(TAKE, 1, this.keyOf(key), capacity, perMinute / 60_000, give, maxWaitMs);
  }
}
