/** What one chat turn hands to every Partner Center call it makes. */
export interface RequestContext {
  /** One per chat turn, sent as MS-CorrelationId so support can trace the turn's calls together. */
  correlationId: string;
  /** The user's locale, sent as X-Locale. */
  locale?: string;
  /** Aborts the call (e.g. the turn was cancelled). */
  signal?: AbortSignal;
  /** Epoch ms when the turn's work stops: a call may wait for the partner budget until shortly before. */
  deadline?: number;
  /** Background work (watch poller, customer directory): the partner budget serves people first. */
  background?: boolean;
  /** Skip cached answers (the user said "refresh"). */
  bypassCache?: boolean;
  /**
   * Answer only from what the cache still holds, however old, and never call Partner Center: the last good
   * card when a refresh could not finish. Nothing held fails as a timeout.
   */
  cacheOnly?: boolean;
  /** Filled in by the cache: the age of the oldest stale answer served after an upstream failure. */
  freshness?: {
    staleAgeMs?: number;
    /** Filled in by the cache: when the oldest answer this turn used was loaded (ms since the epoch), for "as of". */
    fetchedAt?: number;
  };
  /**
   * Called by the cache before this turn asks Partner Center (never for answers served from cache); may throw
   * to refuse the turn, e.g. the per-person limit.
   */
  upstreamGate?: () => Promise<void>;
}
