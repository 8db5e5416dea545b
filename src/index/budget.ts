import { bucketShape, type BucketShape, type TokenBucket } from '../state/token-bucket';
import type { CrawlBudget } from './crawler';

/** The crawler never takes more than this share of the partner-wide budget (INDEX_BUDGET_SHARE's ceiling). */
export const MAX_INDEX_BUDGET_SHARE = 0.2;

/**
 * The crawler's own bucket, `share` of the partner-wide rate (one bucket for every instance when the state is
 * shared). Each call also takes its token from the partner-wide budget as background work, so people go
 * first; this bucket only keeps the crawler to its share, giving up at once when it is spent.
 */
export function crawlBudget(
  buckets: (shape: BucketShape) => TokenBucket,
  partnerPerMinute: number,
  share: number,
  scope: string,
): CrawlBudget {
  const perMinute = Math.max(1, Math.floor(partnerPerMinute * Math.min(share, MAX_INDEX_BUDGET_SHARE)));
  const bucket = buckets(bucketShape(perMinute));
  return {
    take: async () =>
      (await bucket.take(`index-crawler:${scope}`, { priority: 'background', maxWaitMs: 0 })).taken,
  };
}
