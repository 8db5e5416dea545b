import type { BucketShape, BucketTake, TokenBucket } from '../token-bucket';

/** Token buckets in this process. */
export class MemoryTokenBucket implements TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly shape: BucketShape,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Promise<BucketTake> {
    const now = this.now();
    const perMs = this.shape.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.shape.capacity, at: now };
    bucket.tokens = Math.min(this.shape.capacity, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Promise.resolve({ taken: true, level: Math.floor(bucket.tokens), waitMs: 0 });
    }
    return Promise.resolve({ taken: false, level: 0, waitMs: Math.ceil((1 - bucket.tokens) / perMs) });
  }
}
