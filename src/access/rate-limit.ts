import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Commands per user per minute, so one busy person (or a script) cannot spend the partner's Partner Center
 * quota (500 requests per minute per tenant) for everyone.
 */
export class UserRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  async consume(userKey: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(userKey);
      return { allowed: true };
    } catch (res) {
      if (res instanceof RateLimiterRes)
        return { allowed: false, retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) };
      throw res;
    }
  }
}
