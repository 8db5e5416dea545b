import { BudgetExhaustedError, type UpstreamBudget } from '../partnercenter/budget';
import type { TokenBucket } from './token-bucket';

export interface BudgetMetrics {
  /** Tokens left in the partner-wide bucket after a take. */
  budgetLevel(tokens: number): void;
  /** A call that had to wait for a token: how long, and whether it got one. */
  budgetWait(waitedMs: number, outcome: 'taken' | 'exhausted'): void;
}

/**
 * Every Partner Center call takes a token from the partner tenant's bucket, so the bot itself never causes a
 * 429. When the bucket is empty a call waits for the next token, within its own deadline and at most
 * `maxWaitMs`; past that it fails as throttled (the cache then answers from stale data, or the card says
 * Partner Center is busy).
 */
export class PartnerBudget implements UpstreamBudget {
  constructor(
    private readonly bucket: TokenBucket,
    /** The partner tenant's scope: instances of one partner share a bucket. */
    private readonly key: string,
    private readonly maxWaitMs = 8_000,
    private readonly metrics?: BudgetMetrics,
  ) {}

  async take(signal?: AbortSignal): Promise<void> {
    const started = Date.now();
    let slept = false;
    for (;;) {
      const result = await this.bucket.take(this.key);
      this.metrics?.budgetLevel(result.level);
      const waited = Date.now() - started;
      if (result.taken) {
        if (slept) this.metrics?.budgetWait(waited, 'taken');
        return;
      }
      const wait = Math.max(1, result.waitMs);
      if (signal?.aborted || waited + wait > this.maxWaitMs) {
        this.metrics?.budgetWait(waited, 'exhausted');
        throw new BudgetExhaustedError(Math.max(1, Math.ceil(wait / 1000)));
      }
      await sleep(wait, signal);
      slept = true;
    }
  }
}

/** Resolves after `ms`, or early when the signal aborts (the loop then gives up). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
