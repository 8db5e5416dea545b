import { bucketShape, type TokenBucket } from '../state/token-bucket';
import type { PollerBudget } from './poller';

/** The poller never takes more than this share of the partner-wide budget. */
export const POLLER_BUDGET_SHARE = 0.1;

/**
 * The poller's own bucket, a tenth of the partner-wide rate (shared by every instance when the state is): its
 * calls also take their token from the partner-wide budget, like every call, but it gives up at once when its
 * share is spent instead of waiting, so answers to people go first.
 */
export function pollerBudget(
  buckets: (shape: ReturnType<typeof bucketShape>) => TokenBucket,
  partnerPerMinute: number,
  scope: string,
): PollerBudget {
  const bucket = buckets(bucketShape(Math.max(1, Math.floor(partnerPerMinute * POLLER_BUDGET_SHARE))));
  return {
    take: async () =>
      (await bucket.take(`watch-poller:${scope}`, { priority: 'background', maxWaitMs: 0 })).taken,
  };
}
