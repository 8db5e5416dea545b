// Where the loaded customer list is kept for every instance, and the lock that lets one instance at a time
// load it. In one process (no Redis) the "lock" is this process's own flag.
import type { Customer } from '../partnercenter/models';

export interface DirectorySnapshot {
  /** Epoch ms of the load. */
  loadedAt: number;
  customers: Customer[];
}

export interface DirectoryStore {
  /** The shared copy, or undefined when there is none (or the store cannot be reached). */
  read(): Promise<DirectorySnapshot | undefined>;
  write(snapshot: DirectorySnapshot): Promise<void>;
  /** True when this caller now holds the load lock (it expires after `ttlMs` if never released). */
  tryLock(owner: string, ttlMs: number): Promise<boolean>;
  unlock(owner: string): Promise<void>;
  close?(): Promise<void>;
}

export class MemoryDirectoryStore implements DirectoryStore {
  private snapshot: DirectorySnapshot | undefined;
  private lock: { owner: string; until: number } | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  read(): Promise<DirectorySnapshot | undefined> {
    return Promise.resolve(this.snapshot);
  }

  write(snapshot: DirectorySnapshot): Promise<void> {
    this.snapshot = snapshot;
    return Promise.resolve();
  }

  tryLock(owner: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (this.lock && this.lock.until > now && this.lock.owner !== owner) return Promise.resolve(false);
    this.lock = { owner, until: now + ttlMs };
    return Promise.resolve(true);
  }

  unlock(owner: string): Promise<void> {
    if (this.lock?.owner === owner) this.lock = undefined;
    return Promise.resolve();
  }
}
