import { redisServerOnPath, startOwnRedisServer } from '../dev/redis-server';

export interface BenchRedis {
  url: string;
  close(): Promise<void>;
}

/** Our own redis-server on a free port, else REDIS_URL, else undefined (the shared-tier figures are skipped). */
export async function startBenchRedis(): Promise<BenchRedis | undefined> {
  if (!redisServerOnPath()) {
    const url = process.env.REDIS_URL;
    return url ? { url, close: () => Promise.resolve() } : undefined;
  }
  const server = await startOwnRedisServer();
  return { url: server.url, close: server.stop };
}
