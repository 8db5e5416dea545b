/** One cached answer, as every tier stores it. */
export interface StoredEntry<T = unknown> {
  value: T;
  /** When it was loaded from Partner Center (ms since the epoch): freshness is measured from here. */
  fetchedAt: number;
  /** Past its TTL and the stale-if-error window: never served again, and swept out. */
  expiresAt: number;
  /** Names this one load in every process that holds it, so work derived from it can be keyed by content. */
  stamp: string;
}

/** Loads an entry upstream. The signal belongs to the shared call, not to any one turn. */
export type EntryLoader = (signal: AbortSignal) => Promise<StoredEntry>;

export interface ReadOptions {
  /** Checks a value read back from outside this process; a value it refuses counts as absent. */
  accept?: (value: unknown) => boolean;
}

export interface FlightOptions extends ReadOptions {
  /** The fetchedAt of the entry the caller already has: only a newer one is its answer (-Infinity if none). */
  newerThan: number;
}

/**
 * Where the response cache keeps its entries (a port: in memory, or in memory in front of Redis). The store
 * keeps entries; the freshness rules (TTL, stale-while-revalidate, stale-if-error) are the cache's.
 */
export interface ResponseStore {
  /** The entry this process may serve without asking another tier: no I/O, the warm path of every turn. */
  peek(key: string): StoredEntry | undefined;
  /** The newest entry any tier holds. Never rejects: a tier in trouble is skipped. */
  get(key: string, options?: ReadOptions): Promise<StoredEntry | undefined>;
  /**
   * Runs `load` once for all concurrent callers of `key` (in this process; across processes for a shared
   * store), stores what it returns, and gives every caller that entry. `joined` is true for the callers that
   * waited for another's load.
   */
  singleFlight(
    key: string,
    load: EntryLoader,
    options: FlightOptions,
  ): Promise<{ entry: StoredEntry; joined: boolean }>;
  /** Removes entries past their expiresAt. */
  sweep(now: number): void;
  clear(): void;
  /** What this process holds. */
  readonly size: { entries: number; bytes: number };
  /** Stops what the store runs itself (loads in flight); a connection it was given stays open. */
  close(): void;
}
