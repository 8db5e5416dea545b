/** What taking one token said. */
export interface BucketTake {
  taken: boolean;
  /** Whole tokens left (for the metrics). */
  level: number;
  /** When not taken: how long until the next token. */
  waitMs: number;
}

/** Refills `perMinute` tokens a minute, holding at most `capacity` (the burst). */
export interface BucketShape {
  perMinute: number;
  capacity: number;
}

/** A token bucket per key (a port: in memory, or one bucket shared by every instance in Redis). */
export interface TokenBucket {
  take(key: string): Promise<BucketTake>;
}

/**
 * The burst a per-minute budget allows: an eighth of it, so that a full bucket plus a minute of refill stays
 * within Partner Center's ~500 a minute at the default 400 (400 + 50).
 */
export function bucketShape(perMinute: number): BucketShape {
  return { perMinute, capacity: Math.max(1, Math.ceil(perMinute / 8)) };
}
