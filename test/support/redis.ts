// A real Redis for tests: our own redis-server on a free port, always. A Redis named by REDIS_URL is not used:
// tests stop and restart their server and the built bot writes under the default prefix, which a shared Redis
// cannot allow, and a test that needs Redis must fail (not pass without checking) when none can be started.
// Each test takes its own key prefix, so tests sharing a server never see each other's keys.

import { randomUUID } from 'node:crypto';
import { redisServerOnPath, startOwnRedisServer } from '../../dev/redis-server';

export interface TestRedis {
  url: string;
  /** A fresh key prefix, e.g. "test-1f2e…:". */
  prefix(): string;
  /** Stops the server (SIGKILL) and starts it again on the same port (to test Redis going away). */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  /** SIGSTOP / SIGCONT of our own server (a stall with connections open); throws for a REDIS_URL one. */
  pauseServer(): void;
  resumeServer(): void;
  close(): Promise<void>;
}

export const HOW_TO_GET_REDIS =
  'This test needs redis-server on PATH (apt-get install -y redis-server); it starts its own on a free port';

/** `path`: where to look for redis-server (this process's PATH; a test of this module gives another). */
export async function startRedis(path = process.env.PATH): Promise<TestRedis> {
  if (!redisServerOnPath(path)) throw new Error(HOW_TO_GET_REDIS);
  const server = await startOwnRedisServer();
  return {
    url: server.url,
    prefix,
    stopServer: server.stop,
    startServer: server.start,
    pauseServer: server.pause,
    resumeServer: server.resume,
    close: server.stop,
  };
}

function prefix(): string {
  return `test-${randomUUID()}:`;
}
