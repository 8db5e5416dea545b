import { LRUCache } from 'lru-cache';

/**
 * Remembers which activities were already taken on, so a channel's retry of a turn is answered once.
 * Teams re-sends an activity it has not seen answered after about 15 s. A port: one process keeps it in memory;
 * several replicas need a shared store (e.g. Redis SET NX with a TTL) behind the same interface.
 */
export interface SeenActivities {
  /** True the first time a key is offered within the window; false for a repeat. Marks it seen either way. */
  firstTime(key: string): Promise<boolean>;
}

export interface MemorySeenActivitiesOptions {
  /** How long a key is remembered. */
  ttlMs?: number;
  /** Most keys kept; the oldest go first (a flood of new ids cannot grow memory without bound). */
  max?: number;
  /** The clock (epoch ms or any monotonic ms); tests move it instead of waiting. */
  now?: () => number;
}

export const SEEN_ACTIVITY_TTL_MS = 10 * 60_000;

/** In-process SeenActivities: an LRU with a time to live. */
export class MemorySeenActivities implements SeenActivities {
  private readonly seen: LRUCache<string, true>;

  constructor({ ttlMs = SEEN_ACTIVITY_TTL_MS, max = 50_000, now }: MemorySeenActivitiesOptions = {}) {
    this.seen = new LRUCache<string, true>({
      max,
      ttl: ttlMs,
      ttlAutopurge: false,
      // An injected clock is read on every check (lru-cache otherwise reuses one reading for a millisecond).
      ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
    });
  }

  firstTime(key: string): Promise<boolean> {
    // has() honours the TTL; a repeat does not extend the window.
    if (this.seen.has(key)) return Promise.resolve(false);
    this.seen.set(key, true);
    return Promise.resolve(true);
  }
}
