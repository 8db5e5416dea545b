// sharedTier.coalescingRepeated: 2 instances on one Redis × 25 concurrent identical cold commands, 10 times, each
// time on a fresh key prefix (so cold), counting the orders calls upstream: 1 every time, not "usually".
import { randomUUID } from 'node:crypto';
import { startApp } from '../src/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { startSandbox } from '../dev/sandbox';
import { messageActivity, postTurn } from './load';

const REPETITIONS = 10;
const EACH = 25;

export interface RepeatedCoalescingFigures {
  instances: number;
  concurrentCommandsEach: number;
  repetitions: number;
  /** Orders calls upstream, one figure per repetition. */
  upstreamOrdersCalls: number[];
}

export async function measureRepeatedCoalescing(
  redisUrl: string,
  connectorUrl: string,
  latencyMs: number,
): Promise<RepeatedCoalescingFigures> {
  const env = { PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', REDIS_URL: redisUrl };
  const logger = createLogger('silent');
  const sandbox = await startSandbox({ port: 0 });
  const body = messageActivity(connectorUrl, 'orders for contoso');
  const calls: number[] = [];
  try {
    for (let i = 0; i < REPETITIONS; i++) {
      const redis = { keyPrefix: `bench-${randomUUID()}:` };
      const a = await startApp(readConfig(env), logger, { redis, sandbox });
      const b = await startApp(readConfig(env), logger, { redis, sandbox });
      try {
        await Promise.all([a.directoryReady, b.directoryReady]);
        sandbox.knobs.latencyMs = latencyMs;
        sandbox.clearRequests();
        await Promise.all(
          [a, b].flatMap((app) => Array.from({ length: EACH }, () => postTurn(app.url, body))),
        );
        calls.push(sandbox.requests.filter((r) => /\/orders$/i.test(r.path)).length);
      } finally {
        sandbox.knobs.latencyMs = 0;
        await b.close();
        await a.close();
      }
    }
  } finally {
    await sandbox.close();
  }
  return { instances: 2, concurrentCommandsEach: EACH, repetitions: REPETITIONS, upstreamOrdersCalls: calls };
}
