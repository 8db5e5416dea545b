/** How long answers stay fresh, per resource, and how far the cache may go past that. */
export interface CachePolicy {
  /** Customers and resellers change rarely. */
  directoryTtlMs: number;
  /** New orders take up to 15 minutes to appear in Partner Center anyway, so a short TTL loses nothing. */
  ordersTtlMs: number;
  /** After the TTL, serve the old answer at once and refresh in the background for this long. */
  staleWhileRevalidateMs: number;
  /** When Partner Center fails, serve the last good answer if it is at most this old (the card says how old). */
  staleIfErrorMs: number;
  /** Bound on the cache's memory, measured as serialized JSON length. */
  maxBytes: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  directoryTtlMs: 60 * 60_000,
  ordersTtlMs: 2 * 60_000,
  staleWhileRevalidateMs: 60_000,
  staleIfErrorMs: 24 * 60 * 60_000,
  maxBytes: 64 * 1024 * 1024,
};
