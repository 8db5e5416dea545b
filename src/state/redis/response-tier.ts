import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { stamped } from '../content-stamp';
import type { StoredEntry } from '../response-store';
import type { RedisKeys } from './keys';

// Deletes the lock only if this instance still holds it (it may have expired and been taken by another).
const UNLOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * The Redis half of the response cache: entries as JSON with their expiry, and a lock per key for cross-instance
 * single-flight (SET NX PX: the TTL bounds how long a holder that died delays the others). Every method rejects
 * when Redis does; the tiered store decides what to do then.
 */
export class RedisResponseTier {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly lockTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(key: string, accept?: (value: unknown) => boolean): Promise<StoredEntry | undefined> {
    const raw = await this.redis.get(this.keys.entry(key));
    return raw === null ? undefined : decode(raw, accept);
  }

  async write(key: string, entry: StoredEntry): Promise<void> {
    const ttlMs = entry.expiresAt - this.now();
    if (ttlMs <= 0) return;
    const json = JSON.stringify({ v: entry.value, f: entry.fetchedAt, e: entry.expiresAt, s: entry.stamp });
    await this.redis.set(this.keys.entry(key), json, 'PX', Math.ceil(ttlMs));
  }

  /** A token if this instance now holds the key's lock, else undefined (another instance is loading it). */
  async lock(key: string): Promise<string | undefined> {
    const token = randomUUID();
    const ok = await this.redis.set(this.keys.lock(key), token, 'PX', this.lockTtlMs, 'NX');
    return ok === 'OK' ? token : undefined;
  }

  async unlock(key: string, token: string): Promise<void> {
    await this.redis.eval(UNLOCK, 1, this.keys.lock(key), token);
  }
}

/** An entry read back, checked: its own fields, then its value by the caller's schema; anything else is absent. */
function decode(raw: string, accept?: (value: unknown) => boolean): StoredEntry | undefined {
  let parsed: { v?: unknown; f?: unknown; e?: unknown; s?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    return undefined;
  }
  const { v, f, e, s } = parsed ?? {};
  if (typeof f !== 'number' || typeof e !== 'number' || typeof s !== 'string' || v === undefined)
    return undefined;
  if (accept && !accept(v)) return undefined;
  return { value: stamped(v, s), fetchedAt: f, expiresAt: e, stamp: s };
}
