import { UserRateLimit } from '../../src/access/rate-limit';
import type { LimiterFactory } from '../../src/state/limiter';
import { memoryLimiters } from '../../src/state/memory/limiter';

describe('the per-person limit over a limiter port', () => {
  it('takes its points from the limiters it is given, under its own name', async () => {
    const made: string[] = [];
    const counting: LimiterFactory = (name, points, duration) => {
      made.push(`${name} ${points}/${duration}s`);
      return memoryLimiters(name, points, duration);
    };
    const limit = new UserRateLimit(2, counting);
    expect(made).toEqual(['user 2/60s']);
    expect(await limit.consume('a')).toEqual({ allowed: true });
    expect(await limit.consume('a')).toEqual({ allowed: true });
    expect(await limit.consume('a')).toMatchObject({ allowed: false });
  });

  it('two limits made by one memory factory share nothing', async () => {
    const one = memoryLimiters('x', 1, 60);
    const other = memoryLimiters('x', 1, 60);
    expect(await one.consume('k')).toEqual({ allowed: true });
    expect(await other.consume('k')).toEqual({ allowed: true });
  });
});
