import { BudgetExhaustedError, type BudgetClaim, type UpstreamBudget } from '../partnercenter/budget';
import type { TokenBucket } from './token-bucket';

export interface BudgetMetrics {
  /** Tokens left in the partner-wide bucket after a take. */
  budgetLevel(tokens: number): void;
  /** A call that had to wait for a token: how long, and whether it got one. */
  budgetWait(waitedMs: number, outcome: 'taken' | 'exhausted'): void;
}

/**
 * Every Partner Center call takes a token from the partner tenant's bucket, so the bot itself never causes a
 * 429. A person's call that finds it empty takes its place in the queue (a token reserved in order of arrival)
 * and waits for it, if it comes before the call's `sendBy`; only then is it refused as throttled (the cache
 * answers from stale data, or the card says Partner Center is busy). Background work waits for a free token,
 * after every person in the queue.
 */
export class PartnerBudget implements UpstreamBudget {
  constructor(
    private readonly bucket: TokenBucket,
    /** The partner tenant's scope: instances of one partner share a bucket. */
    private readonly key: string,
    /** The longest any call waits, whatever its deadline. */
    private readonly maxWaitMs = 14_000,
    private readonly metrics?: BudgetMetrics,
    private readonly now: () => number = Date.now,
  ) {}

  async take(claim: BudgetClaim): Promise<void> {
    const started = this.now();
    const waitLimit = () => Math.min(claim.sendBy - this.now(), started + this.maxWaitMs - this.now());
    if (!claim.background) {
      const result = await this.bucket.take(this.key, { priority: 'person', maxWaitMs: waitLimit() });
      this.metrics?.budgetLevel(result.level);
      if (!result.taken || claim.signal?.aborted) return this.refuse(started, result.waitMs, result.taken);
      if (result.waitMs <= 0) return;
      await sleep(result.waitMs, claim.signal);
      if (claim.signal?.aborted) return this.refuse(started, 0, true);
      this.metrics?.budgetWait(this.now() - started, 'taken');
      return;
    }
    for (let slept = false; ; slept = true) {
      const result = await this.bucket.take(this.key, { priority: 'background', maxWaitMs: 0 });
      this.metrics?.budgetLevel(result.level);
      if (result.taken) {
        if (slept) this.metrics?.budgetWait(this.now() - started, 'taken');
        return;
      }
      const wait = Math.max(1, result.waitMs);
      if (claim.signal?.aborted || wait > waitLimit()) return this.refuse(started, wait, false);
      await sleep(wait, claim.signal);
    }
  }

  /** Gives back a token reserved for a call that will not be sent, and fails the call as throttled. */
  private async refuse(started: number, waitMs: number, reserved: boolean): Promise<never> {
    if (reserved) await this.bucket.give(this.key);
    this.metrics?.budgetWait(this.now() - started, 'exhausted');
    throw new BudgetExhaustedError(Math.max(1, Math.ceil(waitMs / 1000)));
  }
}

/** Resolves after `ms`, or early when the signal aborts (the caller then gives up). */
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
