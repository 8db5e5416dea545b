import { startOwnRedisServer } from '../../dev/redis-server';
import { HOW_TO_GET_REDIS, startRedis } from './redis';

// A test that needs Redis fails without redis-server, even when REDIS_URL names a Redis that answers: such a
// Redis cannot be stopped by the test, and before this the tests that stop it returned early and passed.

describe('startRedis', () => {
  const saved = process.env.REDIS_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
  });

  it('refuses to start without redis-server on PATH, even when REDIS_URL answers', async () => {
    const elsewhere = await startOwnRedisServer();
    try {
      process.env.REDIS_URL = elsewhere.url;
      await expect(startRedis('/nonexistent')).rejects.toThrow(HOW_TO_GET_REDIS);
    } finally {
      await elsewhere.stop();
    }
  });

  it('starts a server of its own that the test can stop and start again', async () => {
    const redis = await startRedis();
    try {
      await redis.stopServer();
      await redis.startServer();
    } finally {
      await redis.close();
    }
  });
});
