import type { Limiter, LimiterFactory, RateDecision } from '../state/limiter';
import { memoryLimiters } from '../state/memory/limiter';

/**
 * Commands per user per minute, so one busy person (or a script) cannot spend the partner's Partner Center
 * quota (500 requests per minute per tenant) for everyone. Counted where the limiters keep their points: in
 * this process, or shared by every instance.
 */
export class UserRateLimit implements Limiter {
  private readonly limiter: Limiter;

  constructor(perMinute: number, limiters: LimiterFactory = memoryLimiters) {
    this.limiter = limiters('user', perMinute, 60);
  }

  consume(userKey: string): Promise<RateDecision> {
    return this.limiter.consume(userKey);
  }
}

/** A turn refused by the per-person limit; the bot answers it with the rate-limited card. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited: retry after ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}
