/** How long answers stay fresh, per resource, and how far the cache may go past that. */
export interface CachePolicy {
  /** Customers and resellers change rarely. */
  directoryTtlMs: number;
  /** New orders take up to 15 minutes to appear in Partner Center anyway, so a short TTL loses nothing. */
  ordersTtlMs: number;
  /** After the TTL, serve the old answer at once and refresh in the background for this long. */
  staleWhileRevalidateMs: number;
  /**
   * When Partner Center fails, serve the last good answer if it is at most this old (the card says how old).
   * An entry older than its TTL plus this is of no use any more and is removed.
   */
  staleIfErrorMs: number;
  /** Bound on the cache's memory, in bytes as the heap holds them: keys, values and per-entry overhead. */
  maxBytes: number;
  /** How often entries past TTL + staleIfErrorMs are swept out (default 1 minute). */
  sweepIntervalMs?: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  directoryTtlMs: 60 * 60_000,
  ordersTtlMs: 2 * 60_000,
  staleWhileRevalidateMs: 60_000,
  staleIfErrorMs: 24 * 60 * 60_000,
  maxBytes: 64 * 1024 * 1024,
  sweepIntervalMs: 60_000,
};
