import { RateLimiterMemory } from 'rate-limiter-flexible';
import { limiterOver, type LimiterFactory } from '../limiter';

/** Limits counted in this process only. */
export const memoryLimiters: LimiterFactory = (name, points, duration) =>
  limiterOver(new RateLimiterMemory({ keyPrefix: name, points, duration }));
