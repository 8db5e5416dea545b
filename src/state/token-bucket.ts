/** Who a token is for: people's turns queue ahead of background work (poller, directory, crawler). */
export type BudgetPriority = 'person' | 'background';

/** What a caller asks of the bucket. */
export interface TakeRequest {
  priority: BudgetPriority;
  /** A person's call reserves the next free token if it comes within this many ms; else it is refused. */
  maxWaitMs: number;
}

/** What taking one token said. */
export interface BucketTake {
  /** A token is this caller's: at once (waitMs 0), or reserved for it in waitMs (send only then). */
  taken: boolean;
  /** Whole tokens left, 0 while calls are queued (for the metrics). */
  level: number;
  /** Taken: how long until the reserved token is due. Not taken: how long until a token is free. */
  waitMs: number;
}

/** Refills `perMinute` tokens a minute, holding at most `capacity` (the burst). */
export interface BucketShape {
  perMinute: number;
  capacity: number;
}

/**
 * A token bucket per key (a port: in memory, or one bucket shared by every instance in Redis). A person's call
 * that finds it empty reserves the next token not yet promised, so waiting calls are served in the order they
 * came (the bucket runs into debt, never above its rate). Background work takes only a free token, so it never
 * gets ahead of a person waiting in the queue.
 */
export interface TokenBucket {
  take(key: string, request: TakeRequest): Promise<BucketTake>;
  /** Returns a reserved token its caller no longer needs (the turn ended before it was due). */
  give(key: string): Promise<void>;
}

/**
 * The burst a per-minute budget allows: an eighth of it, so that a full bucket plus a minute of refill stays
 * within Partner Center's ~500 a minute at the default 400 (400 + 50).
 */
export function bucketShape(perMinute: number): BucketShape {
  return { perMinute, capacity: Math.max(1, Math.ceil(perMinute / 8)) };
}
