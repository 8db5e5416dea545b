import type { BucketShape, BucketTake, TakeRequest, TokenBucket } from '../token-bucket';

/** Token buckets in this process; `tokens` goes below zero by the tokens reserved ahead (the queue). */
export class MemoryTokenBucket implements TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly shape: BucketShape,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string, request: TakeRequest): Promise<BucketTake> {
    const bucket = this.refilled(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Promise.resolve({ taken: true, level: Math.floor(bucket.tokens), waitMs: 0 });
    }
    const waitMs = Math.ceil((1 - bucket.tokens) / this.perMs);
    const reserve = request.priority === 'person' && waitMs <= request.maxWaitMs;
    if (reserve) bucket.tokens -= 1;
    return Promise.resolve({ taken: reserve, level: 0, waitMs });
  }

  give(key: string): Promise<void> {
    const bucket = this.refilled(key);
    bucket.tokens = Math.min(this.shape.capacity, bucket.tokens + 1);
    return Promise.resolve();
  }

  private get perMs(): number {
    return this.shape.perMinute / 60_000;
  }

  private refilled(key: string): { tokens: number; at: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.shape.capacity, at: now };
    bucket.tokens = Math.min(this.shape.capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
