// A real Redis for tests: our own redis-server on a free port when the binary is on PATH, else REDIS_URL.
// Each test takes its own key prefix, so tests sharing a server never see each other's keys.

import { randomUUID } from 'node:crypto';
import { pingRedis, redisServerOnPath, startOwnRedisServer } from '../../dev/redis-server';

export interface TestRedis {
  url: string;
  /** A fresh key prefix, e.g. "test-1f2e…:". */
  prefix(): string;
  /** Our own server can be stopped and started again on the same port (to test Redis going away). */
  readonly ownServer: boolean;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  /** SIGSTOP / SIGCONT of our own server (a stall with connections open); throws for a REDIS_URL one. */
  pauseServer(): void;
  resumeServer(): void;
  close(): Promise<void>;
}

const HOW_TO_GET_REDIS =
  'Tests need Redis: install redis-server (apt-get install -y redis-server) or set REDIS_URL=redis://127.0.0.1:6379';

export async function startRedis(): Promise<TestRedis> {
  if (redisServerOnPath()) {
    const server = await startOwnRedisServer();
    return {
      url: server.url,
      prefix,
      ownServer: true,
      stopServer: server.stop,
      startServer: server.start,
      pauseServer: server.pause,
      resumeServer: server.resume,
      close: server.stop,
    };
  }
  const url = process.env.REDIS_URL;
  if (!url) throw new Error(HOW_TO_GET_REDIS);
  await pingRedis(url, `Redis at ${url} does not answer. ${HOW_TO_GET_REDIS}`);
  return {
    url,
    prefix,
    ownServer: false,
    stopServer: () => Promise.reject(new Error('cannot stop a Redis given by REDIS_URL')),
    startServer: () => Promise.resolve(),
    pauseServer: () => {
      throw new Error('cannot pause a Redis given by REDIS_URL');
    },
    resumeServer: () => undefined,
    close: () => Promise.resolve(),
  };
}

function prefix(): string {
  return `test-${randomUUID()}:`;
}
