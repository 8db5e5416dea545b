import type { ChainableCommander, Redis } from 'ioredis';
import {
  type AddDigestResult,
  type Claimed,
  type ClaimKey,
  type Digest,
  type DigestStore,
} from '../digest-store';
import type { SharedTierHealth } from '../shared-tier-health';
import { redisErrorKind, StoreUnavailableError } from '../store-unavailable';
import type { RedisKeys } from './keys';

// One hash per digest (`data`: the digest as JSON; `baseline`: a window alert's baseline time), a set of every id
// and one per conversation; one key per claim (a digest's period, a window's opening or close), with a TTL, so
// claims about what is long past go by themselves. Each claim step is one script over the keys it names: two
// instances never both claim one thing.

const ADD = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'duplicate' end
if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[2]) then return 'cap' end
redis.call('HSET', KEYS[1], 'data', ARGV[1])
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[3])
return 'added'`;

const SET_BASELINE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'baseline', ARGV[1])
return 1`;

// A key is claimed when nobody holds it, its lease ended, the claimer holds it, or its retry time has come.
// Returns the claimed keys' positions with their tries so far ({i, n, i, n, ...}) and the settled ones' positions.
const CLAIM = `
local out = {}
local settled = {}
local now = tonumber(ARGV[3])
for i, key in ipairs(KEYS) do
  local raw = redis.call('GET', key)
  local ok, n = false, 0
  if not raw then
    ok = true
  else
    local c = cjson.decode(raw)
    n = tonumber(c.n) or 0
    if c.s == 'claim' then ok = (c.by == ARGV[1]) or (tonumber(c['until']) <= now)
    elseif c.s == 'retry' then ok = tonumber(c.after) <= now
    else settled[#settled + 1] = i end
  end
  if ok then
    local value = '{"s":"claim","by":' .. cjson.encode(ARGV[1]) .. ',"until":' .. ARGV[2] .. ',"n":' .. n .. '}'
    redis.call('SET', key, value, 'PX', ARGV[3 + i])
    out[#out + 1] = i
    out[#out + 1] = n
  end
end
return {out, settled}`;

const SENT = `
for i, key in ipairs(KEYS) do redis.call('SET', key, '{"s":"sent"}', 'PX', ARGV[i]) end
return 1`;

const BASELINE = `
for i, key in ipairs(KEYS) do redis.call('SET', key, '{"s":"base"}', 'PX', ARGV[i], 'NX') end
return 1`;

// Only the claimer's own claims: one that another instance took over (and maybe sent) stays as it is.
const RELEASE = `
for i, key in ipairs(KEYS) do
  local raw = redis.call('GET', key)
  if raw then
    local c = cjson.decode(raw)
    if c.s == 'claim' and c.by == ARGV[1] then redis.call('SET', key, ARGV[2], 'PX', ARGV[2 + i]) end
  end
end
return 1`;

const LEAD = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** Keys per script call: a partner-wide window alert names thousands of windows. */
const CHUNK = 500;

const ttl = (ms: number) => String(Math.max(1_000, Math.ceil(ms)));

export class RedisDigestStore implements DigestStore {
  readonly shared = true;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    /** Told when Redis fails, so /readyz and the log show it. */
    private readonly health?: SharedTierHealth,
  ) {}

  add(digest: Digest, maxPerConversation: number): Promise<AddDigestResult> {
    return this.guard('add', async () => {
      const conversation = this.keys.digestsOfConversation(digest.conversation.conversationId);
      // Ids whose digest is gone are dropped from the set first, so they do not count against the cap.
      await this.members(conversation);
      const result = await this.redis.eval(
        ADD,
        3,
        this.keys.digest(digest.id),
        this.keys.digests(),
        conversation,
        JSON.stringify(digest),
        String(maxPerConversation),
        digest.id,
      );
      return result === 'added' ? { added: true } : { added: false, reason: result as 'duplicate' | 'cap' };
    });
  }

  get(id: string): Promise<Digest | undefined> {
    return this.guard('get', async () => parseDigest(await this.redis.hgetall(this.keys.digest(id))));
  }

  inConversation(conversationId: string): Promise<Digest[]> {
    return this.guard('list', () => this.members(this.keys.digestsOfConversation(conversationId)));
  }

  all(): Promise<Digest[]> {
    return this.guard('list', () => this.members(this.keys.digests()));
  }

  remove(id: string): Promise<boolean> {
    return this.guard('remove', async () => {
      const found = await this.get(id);
      const removed = (await this.redis.del(this.keys.digest(id))) === 1;
      const sets = [this.keys.digests()];
      if (found) sets.push(this.keys.digestsOfConversation(found.conversation.conversationId));
      await Promise.all(sets.map((set) => this.redis.srem(set, id)));
      return removed;
    });
  }

  setBaseline(id: string, at: number): Promise<void> {
    return this.guard('baseline', async () => {
      await this.redis.eval(SET_BASELINE, 1, this.keys.digest(id), String(at));
    });
  }

  claim(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    until: number,
    now: number,
  ): Promise<Claimed> {
    return this.guard('claim', async () => {
      const result: Claimed = { claimed: [], settled: [] };
      for (const chunk of chunks(keys)) {
        const names = chunk.map((k) => this.keys.digestClaim(digestId, k.key));
        const args = [by, String(Math.ceil(until)), String(now), ...chunk.map((k) => ttl(k.ttlMs))];
        const [out, settled] = (await this.redis.eval(CLAIM, names.length, ...names, ...args)) as [
          number[],
          number[],
        ];
        for (let i = 0; i + 1 < out.length; i += 2)
          result.claimed.push({ key: chunk[out[i]! - 1]!.key, tries: out[i + 1]! });
        for (const i of settled) result.settled.push(chunk[i - 1]!.key);
      }
      return result;
    });
  }

  sent(digestId: string, keys: readonly ClaimKey[]): Promise<void> {
    return this.guard('sent', () => this.each(SENT, digestId, keys, []));
  }

  baseline(digestId: string, keys: readonly ClaimKey[]): Promise<void> {
    return this.guard('baseline', () => this.each(BASELINE, digestId, keys, []));
  }

  release(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    after: number,
    tries: number,
  ): Promise<void> {
    const value = JSON.stringify({ s: 'retry', after: Math.ceil(after), n: tries });
    return this.guard('release', () => this.each(RELEASE, digestId, keys, [by, value]));
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    return this.guard('lead', async () => {
      const led = await this.redis.eval(LEAD, 1, this.keys.digestLock(), instanceId, String(ttlMs));
      return led === 1;
    });
  }

  /** Runs a script over the keys in chunks: `lead` arguments, then one TTL per key. */
  private async each(
    script: string,
    digestId: string,
    keys: readonly ClaimKey[],
    lead: string[],
  ): Promise<void> {
    for (const chunk of chunks(keys)) {
      const names = chunk.map((k) => this.keys.digestClaim(digestId, k.key));
      await this.redis.eval(script, names.length, ...names, ...lead, ...chunk.map((k) => ttl(k.ttlMs)));
    }
  }

  /** Runs one operation; a Redis failure becomes a StoreUnavailableError that names its kind only. */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      this.health?.fallback('digests', err);
      throw new StoreUnavailableError('digest', operation, redisErrorKind(err));
    }
  }

  private async members(set: string): Promise<Digest[]> {
    const ids = await this.redis.smembers(set);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys.digest(id));
    const results = (await exec(pipeline)) as Record<string, string>[];
    const digests: Digest[] = [];
    const gone: string[] = [];
    results.forEach((fields, i) => {
      const digest = parseDigest(fields);
      if (digest) digests.push(digest);
      else gone.push(ids[i]!);
    });
    if (gone.length > 0) await this.redis.srem(set, ...gone);
    return digests.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A pipeline's answers; it rejects when any command failed (exec itself resolves with per-command errors). */
async function exec(pipeline: ChainableCommander): Promise<unknown[]> {
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([err]) => err);
  if (failed) throw failed[0];
  return results.map(([, value]) => value);
}

function parseDigest(fields: Record<string, string> | undefined): Digest | undefined {
  if (!fields?.data) return undefined;
  try {
    const digest = JSON.parse(fields.data) as Digest;
    if (digest.kind === 'windows' && fields.baseline) digest.baselineAt = Number(fields.baseline);
    return digest;
  } catch {
    return undefined;
  }
}
