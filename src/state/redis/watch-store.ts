import type { ChainableCommander, Redis } from 'ioredis';
import type { Logger } from '../../logging/logger';
import type { SharedTierHealth } from '../shared-tier-health';
import { redisErrorKind, StoreUnavailableError } from '../store-unavailable';
import {
  stateKey,
  type AddWatchResult,
  type NoticeClaim,
  type PendingNotice,
  type Watch,
  type WatchCopy,
  type WatchState,
  type WatchStore,
} from '../watch-store';
import { LastCopy } from '../watch-last-copy';
import { RedisKeys } from './keys';

// One hash per watch (`data`: the watch as JSON; `state`: its last state, compared-and-set on its own; `notice`:
// a notice not sent yet, written in the same step as the state it announces; `claim`: who sends it, until when),
// a set of every id, one per conversation and one per owner. Each change is one script, so two instances never
// both add past the cap, both announce one change, or both send one notice. A sentinel key is written with the
// watches: its absence while watches were known means Redis lost them (flushed, restarted without persistence).

const ADD = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'duplicate' end
if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[3]) then return 'cap' end
redis.call('HSET', KEYS[1], 'data', ARGV[1], 'state', ARGV[2])
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('SADD', KEYS[2], ARGV[4])
redis.call('SADD', KEYS[3], ARGV[4])
redis.call('SADD', KEYS[4], ARGV[4])
redis.call('SET', KEYS[5], '1')
return 'added'`;

// A new notice replaces the old one and its claim.
const ADVANCE = `
if redis.call('HGET', KEYS[1], 'state') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2])
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'notice', ARGV[3])
  if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'claim', ARGV[4]) else redis.call('HDEL', KEYS[1], 'claim') end
end
return 1`;

const NOTICE_IS = `
local n = redis.call('HGET', KEYS[1], 'notice')
if not n or (cjson.decode(n).id or '') ~= ARGV[1] then return 0 end`;

// The claim is taken when nobody holds it, its lease ended, or the claimer holds it already.
const CLAIM = `${NOTICE_IS}
local c = redis.call('HGET', KEYS[1], 'claim')
if c then
  local held = cjson.decode(c)
  if held.by ~= ARGV[2] and tonumber(held['until']) > tonumber(ARGV[4]) then return 0 end
end
redis.call('HSET', KEYS[1], 'claim', ARGV[3])
return 1`;

// Settles one notice (never a newer one): cleared, or with the watch itself when it ends.
const DONE = `${NOTICE_IS}
if ARGV[2] == '1' then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[2], ARGV[3])
  redis.call('SREM', KEYS[3], ARGV[3])
  redis.call('SREM', KEYS[4], ARGV[3])
else
  redis.call('HDEL', KEYS[1], 'notice', 'claim')
end
return 1`;

// Only on a watch that still exists: a notice must not bring a removed watch back as a stray hash.
const SET_NOTICE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HDEL', KEYS[1], 'claim')
if ARGV[1] == '' then redis.call('HDEL', KEYS[1], 'notice') else redis.call('HSET', KEYS[1], 'notice', ARGV[1]) end
return 1`;

const LEAD = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** A day past its expiry, Redis drops a watch nobody ended (the poller normally ends it with a notice). */
const GRACE_MS = 24 * 60 * 60 * 1000;

export interface RedisWatchStoreOptions {
  /** Says once when stored watches were lost. */
  logger?: Logger;
  /** Told when Redis fails, so /readyz and the log show it. */
  health?: SharedTierHealth;
  now?: () => number;
}

export class RedisWatchStore implements WatchStore {
  readonly shared = true;
  private readonly copy: LastCopy;
  /** This instance has seen watches stored: the sentinel must exist. */
  private knownStored = false;
  private readonly keys: RedisKeys;

  constructor(
    private readonly redis: Redis,
    /** The partner's key root (keyRoot in keys.ts). */
    root: string,
    private readonly options: RedisWatchStoreOptions = {},
  ) {
    this.copy = new LastCopy(options.now ?? Date.now);
    this.keys = new RedisKeys(root);
  }

  private key(id: string): string {
    return this.keys.watch(id);
  }
  private get allKey(): string {
    return this.keys.watches();
  }
  private get sentinelKey(): string {
    return this.keys.watchesStored();
  }
  private conversationKey(conversationId: string): string {
    return this.keys.watchesOfConversation(conversationId);
  }
  private ownerKey(ownerId: string): string {
    return this.keys.watchesOfOwner(ownerId);
  }

  add(watch: Watch, maxPerOwner: number): Promise<AddWatchResult> {
    return this.guard('add', async () => {
      // Ids of watches Redis expired are dropped from the sets first, so they do not count against the cap.
      await this.members(this.ownerKey(watch.owner.id));
      // A notice is only ever stored by advance(), with the state it announces.
      const { state, pendingNotice: _notStoredHere, ...data } = watch;
      const result = await this.redis.eval(
        ADD,
        5,
        this.key(watch.id),
        this.allKey,
        this.ownerKey(watch.owner.id),
        this.conversationKey(watch.conversation.conversationId),
        this.sentinelKey,
        JSON.stringify(data),
        stateKey(state),
        String(maxPerOwner),
        watch.id,
        String(watch.expiresAt + GRACE_MS),
      );
      if (result !== 'added') return { added: false, reason: result as 'duplicate' | 'cap' };
      this.knownStored = true;
      this.copy.added(watch);
      return { added: true };
    });
  }

  get(id: string): Promise<Watch | undefined> {
    return this.guard('get', async () => parseWatch(await this.redis.hgetall(this.key(id))));
  }

  inConversation(conversationId: string): Promise<Watch[]> {
    return this.guard('list', async () => {
      const watches = await this.members(this.conversationKey(conversationId));
      this.copy.ofConversation(conversationId, watches);
      return watches;
    });
  }

  all(): Promise<Watch[]> {
    return this.guard('list', async () => {
      const watches = await this.members(this.allKey);
      this.copy.everything(watches);
      return watches;
    });
  }

  lastCopy(conversationId: string): WatchCopy | undefined {
    return this.copy.of(conversationId);
  }

  remove(id: string): Promise<boolean> {
    return this.guard('remove', async () => {
      const found = await this.get(id);
      const removed = (await this.redis.del(this.key(id))) === 1;
      const sets = [this.allKey];
      if (found)
        sets.push(this.ownerKey(found.owner.id), this.conversationKey(found.conversation.conversationId));
      await Promise.all(sets.map((set) => this.redis.srem(set, id)));
      this.copy.removed(id);
      return removed;
    });
  }

  advance(id: string, from: WatchState, to: WatchState, notice?: PendingNotice): Promise<boolean> {
    return this.guard('advance', async () => {
      const { claim, ...stored } = notice ?? {};
      const moved = await this.redis.eval(
        ADVANCE,
        1,
        this.key(id),
        stateKey(from),
        stateKey(to),
        notice ? JSON.stringify(stored) : '',
        claim ? JSON.stringify(claim) : '',
      );
      return moved === 1;
    });
  }

  claimNotice(id: string, noticeId: string, claim: NoticeClaim, now: number): Promise<boolean> {
    return this.guard('claim', async () => {
      const args = [noticeId, claim.by, JSON.stringify(claim), String(now)];
      return (await this.redis.eval(CLAIM, 1, this.key(id), ...args)) === 1;
    });
  }

  noticeDone(watch: Watch, noticeId: string, endWatch: boolean): Promise<void> {
    return this.guard('noticeDone', async () => {
      await this.redis.eval(
        DONE,
        4,
        this.key(watch.id),
        this.allKey,
        this.ownerKey(watch.owner.id),
        this.conversationKey(watch.conversation.conversationId),
        noticeId,
        endWatch ? '1' : '0',
        watch.id,
      );
      if (endWatch) this.copy.removed(watch.id);
    });
  }

  setNotice(id: string, notice: PendingNotice | undefined): Promise<void> {
    return this.guard('setNotice', async () => {
      const { claim: _released, ...stored } = notice ?? {};
      await this.redis.eval(SET_NOTICE, 1, this.key(id), notice ? JSON.stringify(stored) : '');
    });
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    return this.guard('lead', async () => {
      const led = await this.redis.eval(LEAD, 1, this.keys.pollerLock(), instanceId, String(ttlMs));
      return led === 1;
    });
  }

  /** Runs one operation; a Redis failure becomes a StoreUnavailableError that names its kind only. */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      this.options.health?.fallback('watches', err);
      throw new StoreUnavailableError('watch', operation, redisErrorKind(err));
    }
  }

  private async members(set: string): Promise<Watch[]> {
    const [ids, sentinel] = (await exec(this.redis.pipeline().smembers(set).exists(this.sentinelKey))) as [
      string[],
      number,
    ];
    await this.noticeLoss(sentinel === 1, ids.length);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.key(id));
    const results = (await exec(pipeline)) as Record<string, string>[];
    const watches: Watch[] = [];
    const gone: string[] = [];
    results.forEach((fields, i) => {
      const watch = parseWatch(fields);
      if (watch) watches.push(watch);
      else gone.push(ids[i]!);
    });
    if (gone.length > 0) await this.redis.srem(set, ...gone);
    return watches;
  }

  /**
   * Watches this instance knew were stored, and no sentinel: Redis lost them. Said once: the sentinel is set
   * again, so other instances (and this one) stay quiet until the next loss.
   */
  private async noticeLoss(sentinel: boolean, found: number): Promise<void> {
    if (sentinel || found > 0) {
      if (sentinel && found > 0) this.knownStored = true;
      return;
    }
    if (!this.knownStored) return;
    this.knownStored = false;
    const reported = await this.redis.set(this.sentinelKey, 'lost', 'NX');
    if (reported === 'OK')
      this.options.logger?.error(
        { watchesKnown: this.copy.size },
        'stored watches were lost: Redis was flushed or restarted without persistence; watches must be set again',
      );
  }
}

/** A pipeline's answers; it rejects when any command failed (exec itself resolves with per-command errors). */
async function exec(pipeline: ChainableCommander): Promise<unknown[]> {
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([err]) => err);
  if (failed) throw failed[0];
  return results.map(([, value]) => value);
}

function parseWatch(fields: Record<string, string> | undefined): Watch | undefined {
  if (!fields?.data || !fields.state) return undefined;
  try {
    const data = JSON.parse(fields.data) as Omit<Watch, 'state'>;
    const watch: Watch = { ...data, state: JSON.parse(fields.state) as WatchState };
    if (fields.notice) {
      // Notices stored before they had ids are named '' (what the scripts compare them with).
      const notice = { id: '', ...(JSON.parse(fields.notice) as Omit<PendingNotice, 'id'>) } as PendingNotice;
      if (fields.claim) notice.claim = JSON.parse(fields.claim) as NoticeClaim;
      watch.pendingNotice = notice;
    }
    return watch;
  } catch {
    return undefined;
  }
}
