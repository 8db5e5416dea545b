// A real Redis for tests: our own redis-server on a free port when the binary is on PATH, else REDIS_URL.
// Each test takes its own key prefix, so tests sharing a server never see each other's keys.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  /** A fresh key prefix, e.g. "test-1f2e…:". */
  prefix(): string;
  /** Our own server can be stopped and started again on the same port (to test Redis going away). */
  readonly ownServer: boolean;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  close(): Promise<void>;
}

const HOW_TO_GET_REDIS =
  'Tests need Redis: install redis-server (apt-get install -y redis-server) or set REDIS_URL=redis://127.0.0.1:6379';

export async function startRedis(): Promise<TestRedis> {
  if (onPath('redis-server')) return ownServer(await freePort());
  const url = process.env.REDIS_URL;
  if (!url) throw new Error(HOW_TO_GET_REDIS);
  await ping(url);
  return {
    url,
    prefix,
    ownServer: false,
    stopServer: () => Promise.reject(new Error('cannot stop a Redis given by REDIS_URL')),
    startServer: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

function prefix(): string {
  return `test-${randomUUID()}:`;
}

async function ownServer(port: number): Promise<TestRedis> {
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const startServer = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await ping(url);
  };
  const stopServer = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await startServer();
  return { url, prefix, ownServer: true, stopServer, startServer, close: stopServer };
}

/** Waits (bounded: about 5 s) until Redis answers PING. */
async function ping(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping();
      redis.disconnect();
      return;
    } catch {
      redis.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Redis at ${url} does not answer. ${HOW_TO_GET_REDIS}`);
}

function onPath(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
