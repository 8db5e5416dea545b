import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A limit on how often one key may do something (a port: in memory, or shared through Redis). */
export interface Limiter {
  /** Takes one point for `key`, or says how long to wait. */
  consume(key: string): Promise<RateDecision>;
}

/** Makes limiters of `points` per `durationSeconds` per key; `name` keeps limits apart in a shared store. */
export type LimiterFactory = (name: string, points: number, durationSeconds: number) => Limiter;

/** A rate-limiter-flexible limiter (memory or Redis) as a Limiter. */
export function limiterOver(limiter: RateLimiterAbstract): Limiter {
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (res) {
        if (res instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
        throw res;
      }
    },
  };
}
