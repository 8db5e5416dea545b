import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from './metrics';

/** The Metrics interface in Prometheus form, plus the bot's own turn and refusal metrics. */
export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly upstreamCalls = new Counter({
    name: 'pcbot_upstream_calls_total',
    help: 'Partner Center requests by operation and final HTTP status',
    labelNames: ['operation', 'status'],
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'pcbot_upstream_duration_seconds',
    help: 'Partner Center request duration, retries included',
    labelNames: ['operation'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  private readonly retries = new Counter({
    name: 'pcbot_upstream_retries_total',
    help: 'Partner Center retries by operation and cause (throttled = 429)',
    labelNames: ['operation', 'kind'],
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'pcbot_cache_lookups_total',
    help: 'Cache lookups by operation and outcome (hit, miss, stale, coalesced)',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly turns = new Histogram({
    name: 'pcbot_turn_duration_seconds',
    help: 'Time to answer a chat turn, by command and result',
    labelNames: ['command', 'result'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15],
    registers: [this.registry],
  });
  private readonly refused = new Counter({
    name: 'pcbot_refused_total',
    help: 'Requests refused, by reason (tenant, user, rate)',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'pcbot_' });
  }

  upstreamCall(operation: string, status: number, durationMs: number): void {
    this.upstreamCalls.inc({ operation, status: String(status) });
    this.upstreamDuration.observe({ operation }, durationMs / 1000);
  }
  upstreamRetry(operation: string, kind: 'throttled' | 'upstream' | 'network'): void {
    this.retries.inc({ operation, kind });
  }
  cacheLookup(operation: string, outcome: 'hit' | 'miss' | 'stale' | 'coalesced'): void {
    this.cache.inc({ operation, outcome });
  }
  turn(command: string, result: string, durationMs: number): void {
    this.turns.observe({ command, result }, durationMs / 1000);
  }
  refusal(reason: 'tenant' | 'user' | 'rate'): void {
    this.refused.inc({ reason });
  }
}
