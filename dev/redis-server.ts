// Our own redis-server for tests and the benchmark: Debian's binary on a free loopback port, no persistence.
// (Production talks to the Redis REDIS_URL names; this is a development tool.)

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface OwnRedisServer {
  url: string;
  /** Stops it (SIGKILL: as if the machine lost it); start() brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: Redis stalls with its connections open (as during a failover or a long fork). */
  pause(): void;
  resume(): void;
}

const onPath = new Map<string, boolean>();

/** redis-server can be run with this PATH (default: this process's); looked up once per PATH. */
export function redisServerOnPath(path = process.env.PATH): boolean {
  const key = path ?? '';
  let found = onPath.get(key);
  if (found === undefined) {
    const env = { ...process.env, PATH: path };
    found = spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore', env }).status === 0;
    onPath.set(key, found);
  }
  return found;
}

/** Starts redis-server on a free port and waits until it answers. */
export async function startOwnRedisServer(): Promise<OwnRedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...debugCommand()],
      { stdio: 'ignore' },
    );
    await pingRedis(url);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url,
    start,
    stop,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  };
}

let debugArgs: string[] | undefined;

/**
 * DEBUG SLEEP (a stall, for the fault tests) from this machine only; Redis 7 turns DEBUG off by default. The
 * version is asked once per process (a synchronous spawn holds the event loop, and tests start many servers).
 */
function debugCommand(): string[] {
  if (debugArgs) return debugArgs;
  const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const major = Number(/v=(\d+)/.exec(version)?.[1] ?? 0);
  return (debugArgs = major >= 7 ? ['--enable-debug-command', 'local'] : []);
}

/** Waits (bounded: about 5 s) until Redis at `url` answers PING; throws `failure` otherwise. */
export async function pingRedis(url: string, failure = `Redis at ${url} does not answer`): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // disconnectTimeout 0: ioredis otherwise keeps a 2 s timer for a socket that never connected, which holds
    // a test process open after its last test.
    const redis = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      disconnectTimeout: 0,
    });
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
  throw new Error(failure);
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
