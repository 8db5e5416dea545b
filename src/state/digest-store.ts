// Digests and window alerts in a thread (issue 19): the port, with the in-process implementation. Redis:
// redis/digest-store.ts. A digest is kept like a watch (with the conversation to post into); what it posted is
// kept as claims, one per thing announced (a digest's period, a window's opening or close), so that two
// instances, a crash or a restart never post one twice.
import { createHash } from 'node:crypto';
import type { WatchConversation } from './watch-store';

export type DigestCadence = 'daily' | 'weekly';

/** A customer a digest is kept to, as resolved when it was asked for. */
export interface DigestCustomer {
  /** Tenant id. */
  id: string;
  name: string;
}

interface DigestBase {
  /** One per conversation and what it posts: see digestId. */
  id: string;
  conversation: WatchConversation;
  owner: { id: string; name?: string };
  /** Only these customers; absent: every customer. */
  customers?: DigestCustomer[];
  /** The language it posts in: the asker's. */
  locale: string;
  createdAt: number;
}

/** `digest renewals weekly`: the coming 30 days' term ends, ends and closing windows, at the digest hour. */
export interface RenewalsDigest extends DigestBase {
  kind: 'renewals';
  cadence: DigestCadence;
}

/** `watch cancellation windows`: a notice when a window opens (a purchase or a renewal), one 24 h before it closes. */
export interface WindowAlert extends DigestBase {
  kind: 'windows';
  /**
   * When the windows open at that time were noted as already open (no "opened" notice for them): the first
   * look after the index's first pass ended. Undefined until then.
   */
  baselineAt?: number;
}

export type Digest = RenewalsDigest | WindowAlert;

/**
 * What a claim says of one thing to announce: `claim` (being sent by `by` until `until`), `sent` (or given up),
 * `base` (already so when the alert started: never announced), `retry` (not sent: tried again from `after`,
 * `n` tries so far).
 */
export type ClaimRecord =
  | { s: 'claim'; by: string; until: number; n: number }
  | { s: 'sent' }
  | { s: 'base' }
  | { s: 'retry'; after: number; n: number };

/** One thing to announce: its key (unique within the digest) and how long its claim is kept (ms). */
export interface ClaimKey {
  key: string;
  ttlMs: number;
}

export interface Claimed {
  claimed: { key: string; tries: number }[];
  settled: string[];
}

export type AddDigestResult = { added: true } | { added: false; reason: 'duplicate' | 'cap' };

export interface DigestStore {
  /** True when digests survive restarts and every instance sees them. */
  readonly shared: boolean;
  /** Adds unless the conversation has this digest already, or holds `maxPerConversation`. */
  add(digest: Digest, maxPerConversation: number): Promise<AddDigestResult>;
  get(id: string): Promise<Digest | undefined>;
  inConversation(conversationId: string): Promise<Digest[]>;
  all(): Promise<Digest[]>;
  /** True for the one caller that removed it. */
  remove(id: string): Promise<boolean>;
  /** Notes the window alert's baseline (see WindowAlert.baselineAt). */
  setBaseline(id: string, at: number): Promise<void>;
  /**
   * Claims each key that nobody holds: never claimed, its lease ended (before `now`), held by `by` already, or
   * to be tried again from before `now`. Says which were claimed (with the tries each had so far) and which are
   * settled already (sent, or noted at the baseline); the rest are held by another sender.
   */
  claim(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    until: number,
    now: number,
  ): Promise<Claimed>;
  /** Marks the keys sent (or given up), whoever held them. */
  sent(digestId: string, keys: readonly ClaimKey[]): Promise<void>;
  /** Marks the keys already so (never to be announced), unless they are claimed or sent already. */
  baseline(digestId: string, keys: readonly ClaimKey[]): Promise<void>;
  /** Gives `by`'s claims back, to be tried again from `after`, with `tries` tries so far. */
  release(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    after: number,
    tries: number,
  ): Promise<void>;
  /** Takes or renews the digest scheduler's lock for `ttlMs`; false while another instance holds it. */
  lead(instanceId: string, ttlMs: number): Promise<boolean>;
}

/** Same conversation, same digest (kind, cadence, customers) → same id: that is how a duplicate is seen. */
export function digestId(
  conversationId: string,
  what: Pick<RenewalsDigest, 'kind' | 'cadence'> | Pick<WindowAlert, 'kind'>,
  customers: readonly DigestCustomer[] | undefined,
): string {
  const cadence = what.kind === 'renewals' ? what.cadence : '';
  const scope = (customers ?? []).map((c) => c.id.toLowerCase()).sort();
  return createHash('sha256')
    .update([conversationId, what.kind, cadence, ...scope].join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/** May `by` claim a key in this state at `now`? */
export function claimable(record: ClaimRecord | undefined, by: string, now: number): boolean {
  if (!record) return true;
  if (record.s === 'claim') return record.by === by || record.until <= now;
  if (record.s === 'retry') return record.after <= now;
  return false;
}

/** Tries so far of a key in this state. */
export function triesOf(record: ClaimRecord | undefined): number {
  return record && (record.s === 'claim' || record.s === 'retry') ? record.n : 0;
}

interface HeldClaim {
  record: ClaimRecord;
  expiresAt: number;
}

/** Digests in this process only: they end with it, and each instance has its own (start-up says so). */
export class MemoryDigestStore implements DigestStore {
  readonly shared = false;
  private readonly digests = new Map<string, Digest>();
  private readonly claims = new Map<string, HeldClaim>();
  private leader?: { id: string; until: number };
  private sweptAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  add(digest: Digest, maxPerConversation: number): Promise<AddDigestResult> {
    if (this.digests.has(digest.id)) return Promise.resolve({ added: false, reason: 'duplicate' });
    const here = this.here(digest.conversation.conversationId).length;
    if (here >= maxPerConversation) return Promise.resolve({ added: false, reason: 'cap' });
    this.digests.set(digest.id, structuredClone(digest));
    return Promise.resolve({ added: true });
  }

  get(id: string): Promise<Digest | undefined> {
    const found = this.digests.get(id);
    return Promise.resolve(found && structuredClone(found));
  }

  inConversation(conversationId: string): Promise<Digest[]> {
    return Promise.resolve(this.here(conversationId).map((d) => structuredClone(d)));
  }

  all(): Promise<Digest[]> {
    return Promise.resolve([...this.digests.values()].map((d) => structuredClone(d)));
  }

  remove(id: string): Promise<boolean> {
    return Promise.resolve(this.digests.delete(id));
  }

  setBaseline(id: string, at: number): Promise<void> {
    const found = this.digests.get(id);
    if (found?.kind === 'windows') found.baselineAt = at;
    return Promise.resolve();
  }

  claim(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    until: number,
    now: number,
  ): Promise<Claimed> {
    this.sweep();
    const result: Claimed = { claimed: [], settled: [] };
    for (const { key, ttlMs } of keys) {
      const held = this.held(digestId, key);
      if (held?.s === 'sent' || held?.s === 'base') result.settled.push(key);
      if (!claimable(held, by, now)) continue;
      const tries = triesOf(held);
      this.put(digestId, key, { s: 'claim', by, until, n: tries }, ttlMs);
      result.claimed.push({ key, tries });
    }
    return Promise.resolve(result);
  }

  sent(digestId: string, keys: readonly ClaimKey[]): Promise<void> {
    for (const { key, ttlMs } of keys) this.put(digestId, key, { s: 'sent' }, ttlMs);
    return Promise.resolve();
  }

  baseline(digestId: string, keys: readonly ClaimKey[]): Promise<void> {
    for (const { key, ttlMs } of keys)
      if (!this.held(digestId, key)) this.put(digestId, key, { s: 'base' }, ttlMs);
    return Promise.resolve();
  }

  release(
    digestId: string,
    keys: readonly ClaimKey[],
    by: string,
    after: number,
    tries: number,
  ): Promise<void> {
    for (const { key, ttlMs } of keys) {
      const held = this.held(digestId, key);
      if (held?.s === 'claim' && held.by === by)
        this.put(digestId, key, { s: 'retry', after, n: tries }, ttlMs);
    }
    return Promise.resolve();
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (this.leader && this.leader.id !== instanceId && this.leader.until > now)
      return Promise.resolve(false);
    this.leader = { id: instanceId, until: now + ttlMs };
    return Promise.resolve(true);
  }

  private here(conversationId: string): Digest[] {
    return [...this.digests.values()].filter((d) => d.conversation.conversationId === conversationId);
  }

  private held(digestId: string, key: string): ClaimRecord | undefined {
    const found = this.claims.get(`${digestId}\n${key}`);
    return found && found.expiresAt > this.now() ? found.record : undefined;
  }

  private put(digestId: string, key: string, record: ClaimRecord, ttlMs: number): void {
    this.claims.set(`${digestId}\n${key}`, { record, expiresAt: this.now() + ttlMs });
  }

  /** Claims past their time go, at most once a minute (a claim outlives what it is about by days). */
  private sweep(): void {
    const now = this.now();
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    for (const [key, held] of this.claims) if (held.expiresAt <= now) this.claims.delete(key);
  }
}
