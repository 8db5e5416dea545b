import type { MemoryResponseStore } from './memory/response-store';
import type { RedisResponseTier } from './redis/response-tier';
import type { EntryLoader, FlightOptions, ReadOptions, ResponseStore, StoredEntry } from './response-store';
import type { SharedTierHealth } from './shared-tier-health';

export interface TieredOptions {
  /** How often a waiting instance looks for the lock holder's entry (default 25 ms). */
  pollMs?: number;
  /** A waiter stops waiting for other instances after this and loads by itself (default 3 × the lock TTL). */
  maxWaitMs: number;
}

type Flight = Promise<{ entry: StoredEntry; joined: boolean }>;

/**
 * The in-process store in front (a hot turn makes no round trip) and Redis behind it (one copy for every
 * instance). Loads are single-flight in this process first, then across instances through Redis' lock. When
 * Redis fails, everything goes on from the in-process tier, and the fallback is counted.
 */
export class TieredResponseStore implements ResponseStore {
  private readonly flights = new Map<string, Flight>();
  private aborts = new AbortController();
  private readonly pollMs: number;

  constructor(
    private readonly near: MemoryResponseStore,
    private readonly far: RedisResponseTier,
    private readonly health: SharedTierHealth,
    private readonly options: TieredOptions,
  ) {
    this.pollMs = options.pollMs ?? 25;
  }

  peek(key: string): StoredEntry | undefined {
    return this.near.peek(key);
  }

  async get(key: string, options: ReadOptions = {}): Promise<StoredEntry | undefined> {
    const near = this.near.held(key);
    let far: StoredEntry | undefined;
    try {
      far = await this.far.read(key, options.accept);
    } catch (err) {
      this.health.fallback('read', err);
      return near;
    }
    if (!far || (near && near.fetchedAt >= far.fetchedAt)) {
      // The same load (or a newer one) is here already: keep this process's copy, and trust it a while again.
      if (near && far?.stamp === near.stamp) this.near.set(key, near);
      return near;
    }
    this.near.set(key, far);
    return far;
  }

  singleFlight(key: string, load: EntryLoader, options: FlightOptions): Flight {
    const inFlight = this.flights.get(key);
    if (inFlight) return inFlight.then(({ entry }) => ({ entry, joined: true }));
    const { signal } = this.aborts;
    const flight: Flight = this.acrossInstances(key, load, options, signal)
      .then((result) => {
        if (!signal.aborted) this.near.set(key, result.entry);
        return result;
      })
      .finally(() => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      });
    this.flights.set(key, flight);
    return flight;
  }

  /** Loads under Redis' lock, or waits for the instance holding it; a holder that died stops holding at its TTL. */
  private async acrossInstances(
    key: string,
    load: EntryLoader,
    options: FlightOptions,
    signal: AbortSignal,
  ): Flight {
    const giveUpAt = Date.now() + this.options.maxWaitMs;
    for (;;) {
      let token: string | undefined;
      try {
        token = await this.far.lock(key);
      } catch (err) {
        this.health.fallback('lock', err);
        return { entry: await load(signal), joined: false };
      }
      if (token) return this.loadAndShare(key, token, load, options, signal);

      await sleep(this.pollMs);
      let written: StoredEntry | undefined;
      try {
        written = await this.fresh(key, options);
      } catch (err) {
        this.health.fallback('read', err);
        return { entry: await load(signal), joined: false };
      }
      if (written) return { entry: written, joined: true };
      if (signal.aborted || Date.now() > giveUpAt) return { entry: await load(signal), joined: false };
    }
  }

  /** The entry in Redis if it is newer than the caller's: another instance's load the caller may use. */
  private async fresh(key: string, options: FlightOptions): Promise<StoredEntry | undefined> {
    const written = await this.far.read(key, options.accept);
    return written && written.fetchedAt > options.newerThan ? written : undefined;
  }

  private async loadAndShare(
    key: string,
    token: string,
    load: EntryLoader,
    options: FlightOptions,
    signal: AbortSignal,
  ): Flight {
    try {
      // Another instance may have loaded, shared and unlocked between this caller's miss and its lock.
      const written = await this.fresh(key, options).catch(() => undefined);
      if (written) return { entry: written, joined: true };
      const entry = await load(signal);
      await this.far.write(key, entry).catch((err: unknown) => this.health.fallback('write', err));
      return { entry, joined: false };
    } finally {
      await this.far.unlock(key, token).catch(() => undefined);
    }
  }

  sweep(now: number): void {
    this.near.sweep(now);
  }

  /** Clears this process's tier and its loads in flight only (Redis entries expire by themselves). */
  clear(): void {
    this.near.clear();
    this.aborts.abort();
    this.aborts = new AbortController();
    this.flights.clear();
  }

  get size(): { entries: number; bytes: number } {
    return this.near.size;
  }

  close(): void {
    this.aborts.abort();
    this.near.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
