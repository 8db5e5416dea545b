import type { Redis } from 'ioredis';
import {
  stateKey,
  type AddWatchResult,
  type PendingNotice,
  type Watch,
  type WatchState,
  type WatchStore,
} from '../watch-store';
import { RedisKeys } from './keys';

// One hash per watch (`data`: the watch as JSON; `state`: its last state, compared-and-set on its own; `notice`:
// a notice not sent yet, written in the same step as the state it announces), a set
// of every id, one per conversation and one per owner. Each change is one script, so two instances never
// both add past the cap or both announce one change.

const ADD = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'duplicate' end
if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[3]) then return 'cap' end
redis.call('HSET', KEYS[1], 'data', ARGV[1], 'state', ARGV[2])
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('SADD', KEYS[2], ARGV[4])
redis.call('SADD', KEYS[3], ARGV[4])
redis.call('SADD', KEYS[4], ARGV[4])
return 'added'`;

const ADVANCE = `
if redis.call('HGET', KEYS[1], 'state') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'notice', ARGV[3]) end
return 1`;

// Only on a watch that still exists: a notice must not bring a removed watch back as a stray hash.
const SET_NOTICE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '' then redis.call('HDEL', KEYS[1], 'notice') else redis.call('HSET', KEYS[1], 'notice', ARGV[1]) end
return 1`;

const LEAD = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** A day past its expiry, Redis drops a watch nobody ended (the poller normally ends it with a notice). */
const GRACE_MS = 24 * 60 * 60 * 1000;

export class RedisWatchStore implements WatchStore {
  readonly shared = true;

  private readonly keys: RedisKeys;

  constructor(
    private readonly redis: Redis,
    /** The partner's key root (keyRoot in keys.ts). */
    root: string,
  ) {
    this.keys = new RedisKeys(root);
  }

  private key(id: string): string {
    return this.keys.watch(id);
  }
  private get allKey(): string {
    return this.keys.watches();
  }
  private conversationKey(conversationId: string): string {
    return this.keys.watchesOfConversation(conversationId);
  }
  private ownerKey(ownerId: string): string {
    return this.keys.watchesOfOwner(ownerId);
  }

  async add(watch: Watch, maxPerOwner: number): Promise<AddWatchResult> {
    // Ids of watches Redis expired are dropped from the sets first, so they do not count against the cap.
    await this.prune(this.ownerKey(watch.owner.id));
    // A notice is only ever stored by advance(), with the state it announces.
    const { state, pendingNotice: _notStoredHere, ...data } = watch;
    const result = await this.redis.eval(
      ADD,
      4,
      this.key(watch.id),
      this.allKey,
      this.ownerKey(watch.owner.id),
      this.conversationKey(watch.conversation.conversationId),
      JSON.stringify(data),
      stateKey(state),
      String(maxPerOwner),
      watch.id,
      String(watch.expiresAt + GRACE_MS),
    );
    return result === 'added' ? { added: true } : { added: false, reason: result as 'duplicate' | 'cap' };
  }

  async get(id: string): Promise<Watch | undefined> {
    const fields = await this.redis.hgetall(this.key(id));
    return parseWatch(fields);
  }

  async inConversation(conversationId: string): Promise<Watch[]> {
    return this.members(this.conversationKey(conversationId));
  }

  async all(): Promise<Watch[]> {
    return this.members(this.allKey);
  }

  async remove(id: string): Promise<boolean> {
    const found = await this.get(id);
    const removed = (await this.redis.del(this.key(id))) === 1;
    const sets = [this.allKey];
    if (found)
      sets.push(this.ownerKey(found.owner.id), this.conversationKey(found.conversation.conversationId));
    await Promise.all(sets.map((set) => this.redis.srem(set, id)));
    return removed;
  }

  async advance(id: string, from: WatchState, to: WatchState, notice?: PendingNotice): Promise<boolean> {
    const stored = notice ? JSON.stringify(notice) : '';
    return (await this.redis.eval(ADVANCE, 1, this.key(id), stateKey(from), stateKey(to), stored)) === 1;
  }

  async setNotice(id: string, notice: PendingNotice | undefined): Promise<void> {
    await this.redis.eval(SET_NOTICE, 1, this.key(id), notice ? JSON.stringify(notice) : '');
  }

  async lead(instanceId: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(LEAD, 1, this.keys.pollerLock(), instanceId, String(ttlMs))) === 1;
  }

  private async members(set: string): Promise<Watch[]> {
    const ids = await this.redis.smembers(set);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.key(id));
    const results = (await pipeline.exec()) ?? [];
    const watches: Watch[] = [];
    const gone: string[] = [];
    results.forEach(([err, fields], i) => {
      const watch = err ? undefined : parseWatch(fields as Record<string, string>);
      if (watch) watches.push(watch);
      else if (!err) gone.push(ids[i]!);
    });
    if (gone.length > 0) await this.redis.srem(set, ...gone);
    return watches;
  }

  private async prune(set: string): Promise<void> {
    await this.members(set);
  }
}

function parseWatch(fields: Record<string, string> | undefined): Watch | undefined {
  if (!fields?.data || !fields.state) return undefined;
  try {
    const data = JSON.parse(fields.data) as Omit<Watch, 'state'>;
    const watch: Watch = { ...data, state: JSON.parse(fields.state) as WatchState };
    if (fields.notice) watch.pendingNotice = JSON.parse(fields.notice) as PendingNotice;
    return watch;
  } catch {
    return undefined;
  }
}
