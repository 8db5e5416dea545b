import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../src/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { median, messageActivity, postTurn, turnsPerSecond } from './load';
import { measureMixedWorkload, type MixedWorkloadFigures } from './mixed-workload';
import { startBenchRedis } from './redis-server';

const ENV = { PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' };

export interface SharedTierFigures {
  throughputRatio: number;
  warmTurnsPerSec: { redis: number; inProcess: number };
  coalescing: { instances: number; concurrentCommandsEach: number; upstreamOrdersCalls: number };
  upstreamCallsPer1000: MixedWorkloadFigures;
}

/**
 * The shared tier's figures, measured in this run: warm turns with Redis against the in-process app given,
 * and 2 instances × 25 concurrent cold commands. Undefined when no Redis can be had (the caller notes it).
 */
export async function measureSharedTier(
  inProcess: RunningApp,
  connectorUrl: string,
  pairs: number,
  seconds: number,
  latencyMs: number,
): Promise<SharedTierFigures | undefined> {
  const redis = await startBenchRedis();
  if (!redis) return undefined;
  const env = { ...ENV, REDIS_URL: redis.url };
  const logger = createLogger('silent');
  const first = await startApp(readConfig(env), logger, { redis: { keyPrefix: `bench-${randomUUID()}:` } });
  try {
    const body = messageActivity(connectorUrl, 'orders for contoso');
    await postTurn(first.url, body);
    await postTurn(inProcess.url, body);
    const ratios: number[] = [];
    const withRedis: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < pairs; i++) {
      // Alternate which goes first, so drift on the machine does not favour one side.
      const r = i % 2 === 0 ? await turnsPerSecond(first.url, body, seconds) : 0;
      const m = await turnsPerSecond(inProcess.url, body, seconds);
      const r2 = i % 2 === 0 ? r : await turnsPerSecond(first.url, body, seconds);
      withRedis.push(r2);
      without.push(m);
      ratios.push(r2 / m);
    }

    // Cold: a fresh key prefix for both instances, the second on the first one's sandbox.
    const keyPrefix = `bench-${randomUUID()}:`;
    const a = await startApp(readConfig(env), logger, { redis: { keyPrefix } });
    const b = await startApp(readConfig(env), logger, { redis: { keyPrefix }, sandbox: a.sandbox });
    let upstreamOrdersCalls: number;
    try {
      a.sandbox!.knobs.latencyMs = latencyMs;
      a.sandbox!.clearRequests();
      await Promise.all([a, b].flatMap((app) => Array.from({ length: 25 }, () => postTurn(app.url, body))));
      upstreamOrdersCalls = a.sandbox!.requests.filter((r) => /\/orders$/i.test(r.path)).length;
    } finally {
      await b.close();
      await a.close();
    }
    const upstreamCallsPer1000 = await measureMixedWorkload(redis.url, connectorUrl);
    return {
      throughputRatio: Math.round(median(ratios) * 100) / 100,
      warmTurnsPerSec: { redis: Math.round(median(withRedis)), inProcess: Math.round(median(without)) },
      coalescing: { instances: 2, concurrentCommandsEach: 25, upstreamOrdersCalls },
      upstreamCallsPer1000,
    };
  } finally {
    await first.close();
    await redis.close();
  }
}
