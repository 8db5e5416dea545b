// Watches on orders (issue 12): the port, with the in-process implementation. Redis: redis/watch-store.ts.
import { createHash } from 'node:crypto';
import { deepFreeze } from './deep-freeze';

/** Where a notice goes: enough to continue the conversation (in a channel, the thread) from any instance. */
export interface WatchConversation {
  serviceUrl: string;
  /** In a channel the thread: `19:…@thread.tacv2;messageid=<root>`. */
  conversationId: string;
  tenantId?: string;
  channelId: string;
  /** The bot edge's conversation reference as plain JSON (the core never reads it). */
  reference: Record<string, unknown>;
}

/** What the poller last saw of the order, and since when (ISO time). */
export interface WatchState {
  status: string;
  since: string;
  /** Its line items' provisioning, counted (see provisioningSummary); absent until the poller first reads it. */
  provisioning?: string;
}

/**
 * A notice stored with the state it announces (one compare-and-set), until it is sent: a poller that dies
 * before sending leaves it here for the next one (see src/watch/announcer.ts).
 */
export interface PendingNotice {
  /** Names this notice: claims and "sent" are about one notice, never a newer one that replaced it. */
  id: string;
  /** The Adaptive Card, as plain JSON. */
  card: Record<string, unknown>;
  /** The watch ends once this notice is sent (the order completed or was cancelled). */
  final: boolean;
  /** Sends tried so far, and when it was stored or last tried (ms since epoch). */
  attempts: number;
  at: number;
  /** Who is sending it, until when (a lease): nobody else sends it before then. */
  claim?: NoticeClaim;
}

/** A lease on a notice: only `by` may send it until `until` (ms since epoch). */
export interface NoticeClaim {
  by: string;
  until: number;
}

export interface Watch {
  /** One per conversation and order: see watchId. */
  id: string;
  conversation: WatchConversation;
  owner: { id: string; name?: string };
  customerId: string;
  customerName: string;
  orderId: string;
  locale: string;
  state: WatchState;
  createdAt: number;
  expiresAt: number;
  /** A notice not sent yet, if any. */
  pendingNotice?: PendingNotice;
}

/** A conversation's watches as this instance last read them, and when (ms since epoch). */
export interface WatchCopy {
  watches: Watch[];
  at: number;
}

export type AddWatchResult = { added: true } | { added: false; reason: 'duplicate' | 'cap' };

/** The store of watches: one process (memory) or every instance (Redis). */
export interface WatchStore {
  /** True when watches survive restarts and every instance sees them. */
  readonly shared: boolean;
  /** Adds unless this conversation already watches the order, or the owner holds `maxPerOwner`. */
  add(watch: Watch, maxPerOwner: number): Promise<AddWatchResult>;
  get(id: string): Promise<Watch | undefined>;
  inConversation(conversationId: string): Promise<Watch[]>;
  /** While the store does not answer: the conversation's watches as this instance last read them, if it did. */
  lastCopy?(conversationId: string): WatchCopy | undefined;
  all(): Promise<Watch[]>;
  /** True for the one caller that removed it. */
  remove(id: string): Promise<boolean>;
  /**
   * Compare-and-set of the last state: true for the one caller that moved it from `from` to `to`. With a
   * `notice`, that notice is stored in the same step (with its claim, if any), so a change is never recorded
   * without its notice.
   */
  advance(id: string, from: WatchState, to: WatchState, notice?: PendingNotice): Promise<boolean>;
  /**
   * Compare-and-set of the notice's claim: true when notice `noticeId` is still pending and unclaimed, its lease
   * has ended (before `now`), or `claim.by` holds it already; the claim is then `claim`.
   */
  claimNotice(id: string, noticeId: string, claim: NoticeClaim, now: number): Promise<boolean>;
  /**
   * Notice `noticeId` is settled (sent, or given up): cleared, and with `endWatch` the watch ends too. Nothing
   * when another notice replaced it.
   */
  noticeDone(watch: Watch, noticeId: string, endWatch: boolean): Promise<void>;
  /** Replaces the pending notice (another try later, unclaimed), or clears it. */
  setNotice(id: string, notice: PendingNotice | undefined): Promise<void>;
  /** Takes or renews the poller's lock for `ttlMs`; false while another instance holds it. */
  lead(instanceId: string, ttlMs: number): Promise<boolean>;
}

/** Same conversation, same order → same id: that is how a duplicate is seen. */
export function watchId(conversationId: string, orderId: string): string {
  return createHash('sha256')
    .update(`${conversationId}\n${orderId.toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
}

/** The state as stored, so that compare-and-set compares exactly what was written. */
export function stateKey(state: WatchState): string {
  const { status, since, provisioning } = state;
  // Watches stored before provisioning was followed compare equal to a state without it.
  return JSON.stringify(provisioning === undefined ? { status, since } : { status, since, provisioning });
}

/** A notice may be claimed when nobody holds it, its lease has ended, or `by` holds it already. */
export function claimable(claim: NoticeClaim | undefined, by: string, now: number): boolean {
  return !claim || claim.by === by || claim.until <= now;
}

/**
 * Watches in this process only: they end with it, and each instance has its own (start-up says so). Each watch is
 * kept frozen and replaced whole when it changes, so readers get it as it is, without a copy: the poller reads
 * every watch every 10 s.
 */
export class MemoryWatchStore implements WatchStore {
  readonly shared = false;
  private readonly watches = new Map<string, Watch>();
  private leader?: { id: string; until: number };

  add(watch: Watch, maxPerOwner: number): Promise<AddWatchResult> {
    if (this.watches.has(watch.id)) return Promise.resolve({ added: false, reason: 'duplicate' });
    const held = [...this.watches.values()].filter((w) => w.owner.id === watch.owner.id).length;
    if (held >= maxPerOwner) return Promise.resolve({ added: false, reason: 'cap' });
    this.watches.set(watch.id, deepFreeze(structuredClone(watch)));
    return Promise.resolve({ added: true });
  }

  get(id: string): Promise<Watch | undefined> {
    return Promise.resolve(this.watches.get(id));
  }

  inConversation(conversationId: string): Promise<Watch[]> {
    return Promise.resolve(
      [...this.watches.values()].filter((w) => w.conversation.conversationId === conversationId),
    );
  }

  all(): Promise<Watch[]> {
    return Promise.resolve([...this.watches.values()]);
  }

  remove(id: string): Promise<boolean> {
    return Promise.resolve(this.watches.delete(id));
  }

  advance(id: string, from: WatchState, to: WatchState, notice?: PendingNotice): Promise<boolean> {
    const found = this.watches.get(id);
    if (!found || stateKey(found.state) !== stateKey(from)) return Promise.resolve(false);
    this.replace({
      ...found,
      state: { ...to },
      ...(notice ? { pendingNotice: structuredClone(notice) } : {}),
    });
    return Promise.resolve(true);
  }

  claimNotice(id: string, noticeId: string, claim: NoticeClaim, now: number): Promise<boolean> {
    const found = this.watches.get(id);
    const notice = found?.pendingNotice;
    if (!found || !notice || notice.id !== noticeId || !claimable(notice.claim, claim.by, now))
      return Promise.resolve(false);
    this.replace({ ...found, pendingNotice: { ...notice, claim: { ...claim } } });
    return Promise.resolve(true);
  }

  noticeDone(watch: Watch, noticeId: string, endWatch: boolean): Promise<void> {
    const found = this.watches.get(watch.id);
    if (found?.pendingNotice?.id === noticeId) {
      if (endWatch) this.watches.delete(watch.id);
      else this.replace(withoutNotice(found));
    }
    return Promise.resolve();
  }

  setNotice(id: string, notice: PendingNotice | undefined): Promise<void> {
    const found = this.watches.get(id);
    if (found)
      this.replace(notice ? { ...found, pendingNotice: structuredClone(notice) } : withoutNotice(found));
    return Promise.resolve();
  }

  private replace(watch: Watch): void {
    this.watches.set(watch.id, deepFreeze(watch));
  }

  lead(instanceId: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (this.leader && this.leader.id !== instanceId && this.leader.until > now)
      return Promise.resolve(false);
    this.leader = { id: instanceId, until: now + ttlMs };
    return Promise.resolve(true);
  }
}

function withoutNotice(watch: Watch): Watch {
  const { pendingNotice: _dropped, ...rest } = watch;
  return rest;
}
