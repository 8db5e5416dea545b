/**
 * What the bot counts. The core calls this interface; the server maps it to Prometheus.
 * Labels are low-cardinality: operation names and status codes, never ids.
 */
export interface Metrics {
  upstreamCall(operation: string, status: number, durationMs: number): void;
  upstreamRetry(operation: string, kind: 'throttled' | 'upstream' | 'network'): void;
  cacheLookup(operation: string, outcome: 'hit' | 'miss' | 'stale' | 'coalesced'): void;
}

type TallyByLabel = Record<string, number>;

function bump(counts: TallyByLabel, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Plain counters, readable in tests of the client and the cache. */
export class CountingMetrics implements Metrics {
  readonly calls: TallyByLabel = {};
  readonly retries: TallyByLabel = {};
  readonly cache: TallyByLabel = {};

  upstreamCall(operation: string, status: number): void {
    bump(this.calls, `${operation} ${status}`);
  }
  upstreamRetry(operation: string, kind: string): void {
    bump(this.retries, `${operation} ${kind}`);
  }
  cacheLookup(operation: string, outcome: string): void {
    bump(this.cache, `${operation} ${outcome}`);
  }

  /** Sum of the counts whose key starts with `prefix` (e.g. 'listOrders '). */
  total(counts: TallyByLabel, prefix = ''): number {
    return Object.entries(counts)
      .filter(([key]) => key.startsWith(prefix))
      .reduce((sum, [, n]) => sum + n, 0);
  }
}
