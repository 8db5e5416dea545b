// The customer list in Redis: one JSON value per partner scope, validated when read back, and a
// SET NX PX lock so one instance at a time loads it. Redis trouble reads as "no shared copy".
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { customerSchema } from '../partnercenter/schemas';
import { keyRoot, RedisKeys } from '../state/redis/keys';
import type { DirectorySnapshot, DirectoryStore } from './store';

const snapshotSchema = z.object({ loadedAt: z.number(), customers: z.array(customerSchema) });

// Compare-and-delete: only the owner releases its lock (a slow owner whose lock expired must not free another's).
const UNLOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class RedisDirectoryStore implements DirectoryStore {
  private readonly key: string;
  private readonly lockKey: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    scope: string,
    private readonly ownsConnection = false,
  ) {
    const keys = new RedisKeys(keyRoot(prefix, scope));
    this.key = keys.directory();
    this.lockKey = keys.directoryLock();
  }

  async read(): Promise<DirectorySnapshot | undefined> {
    try {
      const text = await this.redis.get(this.key);
      if (text === null) return undefined;
      const parsed = snapshotSchema.safeParse(JSON.parse(text));
      return parsed.success
        ? { loadedAt: parsed.data.loadedAt, customers: parsed.data.customers }
        : undefined;
    } catch {
      return undefined;
    }
  }

  async write(snapshot: DirectorySnapshot): Promise<void> {
    try {
      await this.redis.set(this.key, JSON.stringify(snapshot));
    } catch {
      // The instance keeps its own copy; the others load theirs.
    }
  }

  async tryLock(owner: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(this.lockKey, owner, 'PX', ttlMs, 'NX')) === 'OK';
    } catch {
      // Without Redis every instance loads for itself, as a single instance would.
      return true;
    }
  }

  async unlock(owner: string): Promise<void> {
    try {
      await this.redis.eval(UNLOCK, 1, this.lockKey, owner);
    } catch {
      // The lock expires by itself.
    }
  }

  async close(): Promise<void> {
    if (!this.ownsConnection) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
