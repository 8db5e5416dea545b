import { LRUCache } from 'lru-cache';
import { entrySize } from '../../cache/entry-size';
import type { EntryLoader, FlightOptions, ResponseStore, StoredEntry } from '../response-store';

interface Held {
  entry: StoredEntry;
  /** When this process stored it: a front tier serves it without asking the shared tier for `peekWindowMs`. */
  storedAt: number;
}

export interface MemoryResponseStoreOptions {
  /** Bound on memory, in bytes as the heap holds them: keys, values and per-entry overhead. */
  maxBytes: number;
  /** peek() answers with entries stored at most this long ago (default: always; a front tier sets it short). */
  peekWindowMs?: number;
  now?: () => number;
}

/**
 * The in-process store: an LRU bounded in bytes, and single-flight within this process (concurrent loads of one
 * key share one upstream call). Alone it is the whole cache of one instance; in front of Redis, the near tier.
 */
export class MemoryResponseStore implements ResponseStore {
  private readonly lru: LRUCache<string, Held>;
  private readonly flights = new Map<string, Promise<StoredEntry>>();
  /** Aborts the loads in flight on clear() and close(), as deleting their entries would. */
  private aborts = new AbortController();
  private readonly peekWindowMs: number;
  private readonly now: () => number;

  constructor(options: MemoryResponseStoreOptions) {
    this.peekWindowMs = options.peekWindowMs ?? Infinity;
    this.now = options.now ?? Date.now;
    this.lru = new LRUCache<string, Held>({
      maxSize: options.maxBytes,
      sizeCalculation: (held, key) => entrySize(key, held.entry.value),
    });
  }

  peek(key: string): StoredEntry | undefined {
    const held = this.lru.get(key);
    if (!held) return undefined;
    return this.peekWindowMs === Infinity || this.now() - held.storedAt < this.peekWindowMs
      ? held.entry
      : undefined;
  }

  /** The entry whatever its age in this process (a front tier's fallback while the shared tier is away). */
  held(key: string): StoredEntry | undefined {
    return this.lru.peek(key)?.entry;
  }

  get(key: string): Promise<StoredEntry | undefined> {
    return Promise.resolve(this.held(key));
  }

  set(key: string, entry: StoredEntry): void {
    this.lru.set(key, { entry, storedAt: this.now() });
  }

  singleFlight(
    key: string,
    load: EntryLoader,
    _options?: FlightOptions,
  ): Promise<{ entry: StoredEntry; joined: boolean }> {
    const inFlight = this.flights.get(key);
    if (inFlight) return inFlight.then((entry) => ({ entry, joined: true }));
    const { signal } = this.aborts;
    const flight = (async () => {
      const entry = await load(signal);
      if (!signal.aborted) this.set(key, entry);
      return entry;
    })().finally(() => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    });
    this.flights.set(key, flight);
    return flight.then((entry) => ({ entry, joined: false }));
  }

  sweep(now: number): void {
    for (const [key, held] of this.lru.entries()) if (now > held.entry.expiresAt) this.lru.delete(key);
  }

  /** Forgets every entry and every load in flight (a later request loads afresh). */
  clear(): void {
    this.lru.clear();
    this.aborts.abort();
    this.aborts = new AbortController();
    this.flights.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  /** Aborts loads still in flight. */
  close(): void {
    this.aborts.abort();
  }
}
