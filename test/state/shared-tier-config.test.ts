import { readConfig } from '../../src/config';
import { createReadiness } from '../../src/health/readiness';

describe('shared tier configuration', () => {
  it('runs in one process without REDIS_URL, with a partner-wide budget of 400 a minute', () => {
    const config = readConfig({});
    expect(config.redisUrl).toBeUndefined();
    expect(config.partnerCenterBudgetPerMinute).toBe(400);
    expect(readConfig({ PARTNER_CENTER_BUDGET_PER_MINUTE: '250' }).partnerCenterBudgetPerMinute).toBe(250);
  });

  it('takes redis:// and rediss:// URLs, and refuses others without showing the password', () => {
    const tls = 'rediss://:s3cret-pass@cache.example.net:6380';
    expect(readConfig({ REDIS_URL: tls }).redisUrl).toBe(tls);
    expect(() => readConfig({ REDIS_URL: 'http://:s3cret-pass@cache.example.net' })).toThrow(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
  });
});

describe('readiness with a shared tier', () => {
  it('shows redis: degraded and stays ready', async () => {
    let status: 'ok' | 'degraded' = 'degraded';
    const readiness = createReadiness({ token: async () => 'x' }, 10_000, Date.now, {
      redis: () => status,
    });
    expect(await readiness()).toMatchObject({ ready: true, dependencies: { redis: 'degraded' } });
    status = 'ok';
    expect(await readiness()).toMatchObject({ ready: true, dependencies: { redis: 'ok' } });
  });
});
