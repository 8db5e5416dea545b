// The partner-budget and coalescing figures of issue 16, as sections that also run alone (BENCH_ONLY).
import { measureBudgetBurst, type BudgetBurstFigures } from './budget-burst';
import { measureRepeatedCoalescing, type RepeatedCoalescingFigures } from './coalescing-repeated';
import { startBenchRedis } from './redis-server';
import type { Section } from './sections';

/** budgetBurst: nobody told "busy" while the budget can serve every call before its turn's deadline. */
export async function budgetBurstSection(): Promise<Section<BudgetBurstFigures>> {
  const figures = await measureBudgetBurst();
  const fits = figures.upstreamCalls <= figures.servableWithinDeadline;
  return { figures, targets: { budgetBurstNoneBusy: !fits || figures.busy === 0 } };
}

/** coalescingRepeated: 2 × 25 cold identical commands make 1 orders call, in every one of 10 repetitions. */
export async function repeatedCoalescingSection(
  connectorUrl: string,
  latencyMs: number,
): Promise<Section<RepeatedCoalescingFigures>> {
  const redis = await startBenchRedis();
  if (!redis) return { figures: { note: 'skipped: no redis-server on PATH and no REDIS_URL' }, targets: {} };
  try {
    const figures = await measureRepeatedCoalescing(redis.url, connectorUrl, latencyMs);
    return {
      figures,
      targets: { coalescingOneCallEveryTime: figures.upstreamOrdersCalls.every((n) => n === 1) },
    };
  } finally {
    await redis.close();
  }
}
