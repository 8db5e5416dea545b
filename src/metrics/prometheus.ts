import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BudgetMetrics } from '../state/partner-budget';
import type { FallbackMetrics } from '../state/shared-tier-health';
import type { Metrics } from './metrics';

/**
 * A Prometheus counter fed from plain tallies: a chat turn bumps a Map entry, and the counter copies the
 * tallies when /metrics is scraped. prom-client's own inc() hashes and validates the labels on every call,
 * which cost several percent of a warm turn's throughput.
 */
function talliedCounter<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
): (...values: string[]) => void {
  const tallies = new Map<string, { labels: Record<L, string>; count: number }>();
  new Counter({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, count } of tallies.values()) this.inc(labels, count);
    },
  });
  return (...values) => {
    const key = values.join('\u0000');
    const tally = tallies.get(key);
    if (tally) tally.count++;
    else {
      const labels = Object.fromEntries(labelNames.map((n, i) => [n, values[i] ?? ''])) as Record<L, string>;
      tallies.set(key, { labels, count: 1 });
    }
  };
}

/** The Metrics interface in Prometheus form, plus the bot's own turn and refusal metrics. */
export class PrometheusMetrics implements Metrics, FallbackMetrics, BudgetMetrics {
  readonly registry = new Registry();
  private readonly upstreamCalls = talliedCounter(
    this.registry,
    'pcbot_upstream_calls_total',
    'Partner Center requests by operation and final HTTP status',
    ['operation', 'status'],
  );
  private readonly retries = talliedCounter(
    this.registry,
    'pcbot_upstream_retries_total',
    'Partner Center retries by operation and cause (throttled = 429)',
    ['operation', 'kind'],
  );
  private readonly cache = talliedCounter(
    this.registry,
    'pcbot_cache_lookups_total',
    'Cache lookups by operation and outcome (hit, miss, stale, coalesced)',
    ['operation', 'outcome'],
  );
  private readonly refused = talliedCounter(
    this.registry,
    'pcbot_refused_total',
    'Requests refused, by reason (tenant, user, rate)',
    ['reason'],
  );
  private readonly fallbacks = talliedCounter(
    this.registry,
    'pcbot_shared_tier_fallbacks_total',
    'Shared-state operations answered from this process because Redis was unavailable',
    ['operation'],
  );
  private readonly budgetWaits = talliedCounter(
    this.registry,
    'pcbot_partner_budget_waits_total',
    'Partner Center calls that waited for the partner-wide budget, by outcome (taken, exhausted)',
    ['outcome'],
  );
  private readonly budgetTokens = new Gauge({
    name: 'pcbot_partner_budget_tokens',
    help: 'Tokens left in the partner-wide Partner Center budget at the last call',
    registers: [this.registry],
  });
  private readonly budgetWaitDuration = new Histogram({
    name: 'pcbot_partner_budget_wait_seconds',
    help: 'Time Partner Center calls waited for the partner-wide budget',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'pcbot_upstream_duration_seconds',
    help: 'Partner Center request duration, retries included',
    labelNames: ['operation'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  private readonly turns = new Histogram({
    name: 'pcbot_turn_duration_seconds',
    help: 'Time to answer a chat turn, by command and result',
    labelNames: ['command', 'result'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'pcbot_' });
  }

  upstreamCall(operation: string, status: number, durationMs: number): void {
    this.upstreamCalls(operation, String(status));
    this.upstreamDuration.observe({ operation }, durationMs / 1000);
  }
  upstreamRetry(operation: string, kind: 'throttled' | 'upstream' | 'network'): void {
    this.retries(operation, kind);
  }
  cacheLookup(operation: string, outcome: 'hit' | 'miss' | 'stale' | 'coalesced'): void {
    this.cache(operation, outcome);
  }
  turn(command: string, result: string, durationMs: number): void {
    this.turns.observe({ command, result }, durationMs / 1000);
  }
  refusal(reason: 'tenant' | 'user' | 'rate'): void {
    this.refused(reason);
  }
  sharedTierFallback(operation: string): void {
    this.fallbacks(operation);
  }
  budgetLevel(tokens: number): void {
    this.budgetTokens.set(tokens);
  }
  budgetWait(waitedMs: number, outcome: 'taken' | 'exhausted'): void {
    this.budgetWaits(outcome);
    this.budgetWaitDuration.observe(waitedMs / 1000);
  }
}
