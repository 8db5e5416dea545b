// One scheduler for all instances posts the digests and window alerts into their threads (issue 19). Each
// instance ticks; the one holding the lock (like the watch poller's) does the work, and every post is claimed in
// the store first (a digest's period, a window's event: one compare-and-set with a lease), sent through the same
// notice path as watches (the thread's pacing, 403/404 ends the digest), then marked sent. So a period or a
// window event is posted once whichever instance leads, through a change of leader, a crash or a restart. It
// reads the partner-wide index only: posting a digest costs no Partner Center call.
import { randomUUID } from 'node:crypto';
import type { AdaptiveCard } from '../cards/types';
import type { PartnerIndex } from '../index/partner-index';
import type { Logger } from '../logging/logger';
import type { ClaimKey, Digest, DigestStore, RenewalsDigest, WindowAlert } from '../state/digest-store';
import { Lanes } from '../watch/lanes';
import type { NoticeResult, Notifier } from '../watch/notifier';
import type { DigestCards } from './cards';
import { digestContent, type DigestContent } from './content';
import { DAY_MS, duePeriod } from './schedule';
import { eventClaim, openWindows, windowEvents, type WindowEvent } from './windows';

export interface DigestSchedulerDeps {
  store: DigestStore;
  index: PartnerIndex;
  notifier: Notifier;
  /** What a post looks like (the digest command's cards). */
  cards: DigestCards;
  /** DIGEST_HOUR_UTC: daily digests post at this hour, weekly ones on Mondays at it. */
  hourUtc: number;
  logger: Logger;
  instanceId?: string;
  /** How often each instance looks (default 30 s). */
  tickMs?: number;
  /** The lock's TTL (default 90 s): how long a dead scheduler delays the next one at most. */
  lockTtlMs?: number;
  /** A claim's lease (default 3 min): how long a sender that died delays a post at most. */
  leaseMs?: number;
  /** How often a window alert reads the open windows (default 5 min: the index changes at the crawler's pace). */
  windowScanMs?: number;
  now?: () => number;
}

const DEFAULT_TICK_MS = 30_000;
const DEFAULT_LOCK_TTL_MS = 90_000;
export const DIGEST_LEASE_MS = 3 * 60_000;
export const WINDOW_SCAN_MS = 5 * 60_000;
/** Tries of one post before it is given up (logged). */
export const MAX_POST_ATTEMPTS = 3;
/** Threads posted to at once. */
const LANES = 8;
/** A claim of a period outlives it by this. */
const PERIOD_CLAIM_KEPT_MS = 2 * DAY_MS;

/** Posts sent whose "sent" could not be stored yet (the store did not answer): stored again next round. */
interface Unsettled {
  digestId: string;
  keys: ClaimKey[];
}

export class DigestScheduler {
  private readonly by: string;
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly lanes: Lanes;
  /** Window alert id → when this leader last read its windows. */
  private readonly scannedAt = new Map<string, number>();
  /** Window alert id → claim keys this leader knows are settled (sent or noted), so it does not claim them again. */
  private readonly settled = new Map<string, Map<string, number>>();
  private unsettled: Unsettled[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly deps: DigestSchedulerDeps) {
    this.by = deps.instanceId ?? randomUUID();
    this.now = deps.now ?? Date.now;
    this.leaseMs = deps.leaseMs ?? DIGEST_LEASE_MS;
    this.lanes = new Lanes(LANES, (err) => deps.logger.warn({ err }, 'digest delivery failed'));
  }

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs ?? DEFAULT_TICK_MS);
    this.timer.unref();
  }

  /** Stops ticking and waits for a round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round (never two at once in a process), ended when its posts are sent, deferred or given up; never throws. */
  tick(): Promise<void> {
    this.running ??= this.round()
      .catch((err: unknown) => this.deps.logger.warn({ err }, 'digest round failed'))
      .then(() => this.lanes.settled())
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async round(): Promise<void> {
    const { store } = this.deps;
    const lockTtl = this.deps.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
    if (!(await store.lead(this.by, lockTtl))) {
      // Another instance posts; what this one knew is stale when it leads again.
      this.scannedAt.clear();
      this.settled.clear();
      return;
    }
    await this.settleLeftovers();
    const now = this.now();
    const digests = await store.all();
    const contents = new Map<string, Promise<DigestContent>>();
    for (const digest of digests) {
      if (this.stopped) return;
      if (digest.kind === 'renewals') await this.renewals(digest, now, contents);
      else await this.windows(digest, now);
    }
    const live = new Set(digests.map((d) => d.id));
    for (const id of this.scannedAt.keys()) if (!live.has(id)) this.forget(id);
  }

  /** The digest's period, when due and not posted: claimed, made from the index, posted. */
  private async renewals(
    digest: RenewalsDigest,
    now: number,
    contents: Map<string, Promise<DigestContent>>,
  ): Promise<void> {
    const period = duePeriod(digest.cadence, this.deps.hourUtc, digest.createdAt, now);
    if (!period) return;
    const key: ClaimKey = { key: `period|${period.key}`, ttlMs: period.end - now + PERIOD_CLAIM_KEPT_MS };
    const {
      claimed: [claimed],
    } = await this.deps.store.claim(digest.id, [key], this.by, now + this.leaseMs, now);
    if (!claimed) return;
    // Digests of the same customers share one reading of the index in a round.
    const customers = digest.customers?.map((c) => c.id.toLowerCase()).sort();
    const scope = customers?.join(',') ?? '*';
    let content = contents.get(scope);
    if (!content) contents.set(scope, (content = digestContent(this.deps.index, now, customers)));
    const card = this.deps.cards.renewals(digest, await content, now);
    this.post(digest, card, [key], claimed.tries);
  }

  /** Reads the alert's open windows (every WINDOW_SCAN_MS) and posts the events nobody announced yet. */
  private async windows(alert: WindowAlert, now: number): Promise<void> {
    const last = this.scannedAt.get(alert.id);
    if (last !== undefined && now - last < (this.deps.windowScanMs ?? WINDOW_SCAN_MS)) return;
    this.scannedAt.set(alert.id, now);
    const { store, index } = this.deps;
    const open = await openWindows(
      index,
      now,
      alert.customers?.map((c) => c.id),
    );
    const known = this.known(alert.id, now);
    if (alert.baselineAt === undefined) {
      // Windows found while the index's first pass runs are not news: announced as opened only after it.
      if ((await index.coverage()).firstPassDoneAt === undefined)
        return this.announce(alert, now, open, false);
      const noted = windowEvents(open, now, true)
        .filter((e) => e.kind === 'opened')
        .map((e) => eventClaim(e, now));
      await store.baseline(alert.id, noted);
      await store.setBaseline(alert.id, now);
      for (const { key, ttlMs } of noted) known.set(key, now + ttlMs);
      return this.announce(alert, now, open, false);
    }
    return this.announce(alert, now, open, true);
  }

  private async announce(
    alert: WindowAlert,
    now: number,
    open: readonly WindowEvent['subscription'][],
    withOpened: boolean,
  ): Promise<void> {
    const known = this.known(alert.id, now);
    const events = windowEvents(open, now, withOpened)
      .map((event) => ({ event, claim: eventClaim(event, now) }))
      .filter(({ claim }) => !known.has(claim.key));
    if (events.length === 0) return;
    const { claimed, settled } = await this.deps.store.claim(
      alert.id,
      events.map((e) => e.claim),
      this.by,
      now + this.leaseMs,
      now,
    );
    // What is settled is not asked about again; what another sender holds is, once its lease may have ended.
    const ttlOf = new Map(events.map(({ claim }) => [claim.key, claim.ttlMs]));
    for (const key of settled) known.set(key, now + ttlOf.get(key)!);
    const tries = new Map(claimed.map((c) => [c.key, c.tries]));
    const mine = events.filter((e) => tries.has(e.claim.key));
    if (mine.length === 0) return;
    const card = this.deps.cards.windows(
      alert,
      mine.map((e) => e.event),
      now,
    );
    const keys = mine.map((e) => e.claim);
    this.post(alert, card, keys, Math.max(...mine.map((e) => tries.get(e.claim.key)!)), () => {
      for (const { key, ttlMs } of keys) known.set(key, now + ttlMs);
    });
  }

  /** Sends in the thread's lane; a refused post is tried again later, a gone thread ends the digest. */
  private post(
    digest: Digest,
    card: AdaptiveCard,
    keys: ClaimKey[],
    tries: number,
    onSent?: () => void,
  ): void {
    this.lanes.add(digest.conversation.conversationId, async () => {
      const result = await this.deps.notifier.send(digest.conversation, card, digest.locale);
      await this.settle(digest, keys, tries, result);
      if (result === 'sent') onSent?.();
    });
  }

  private async settle(digest: Digest, keys: ClaimKey[], tries: number, result: NoticeResult): Promise<void> {
    const { store, logger } = this.deps;
    if (typeof result === 'object') {
      // Not sent, and not a try: the thread is throttled until then.
      await store.release(digest.id, keys, this.by, result.notBefore, tries);
      return;
    }
    if (result === 'gone') {
      await store.remove(digest.id);
      this.forget(digest.id);
      logger.warn(
        { digestId: digest.id, channelId: digest.conversation.channelId },
        'digest removed: its conversation is gone',
      );
      return;
    }
    if (result === 'failed' && tries + 1 < MAX_POST_ATTEMPTS) {
      logger.warn(
        { digestId: digest.id, attempts: tries + 1 },
        'digest post could not be sent: trying again later',
      );
      await store.release(digest.id, keys, this.by, this.now() + this.leaseMs, tries + 1);
      return;
    }
    if (result === 'failed')
      logger.warn({ digestId: digest.id, attempts: tries + 1 }, 'digest post given up');
    await this.markSent(digest.id, keys);
  }

  /** Stores that the keys were posted; while the store does not answer, this instance keeps them to store again. */
  private async markSent(digestId: string, keys: ClaimKey[]): Promise<void> {
    try {
      await this.deps.store.sent(digestId, keys);
    } catch (err) {
      this.unsettled.push({ digestId, keys });
      this.deps.logger.warn(
        { digestId, kind: (err as { kind?: string }).kind },
        'digest posted, but could not be marked posted yet: trying again next round',
      );
    }
  }

  private async settleLeftovers(): Promise<void> {
    const left = this.unsettled;
    this.unsettled = [];
    // Its own claims still hold them (the lease), so nobody posts them meanwhile.
    for (const { digestId, keys } of left) await this.markSent(digestId, keys);
  }

  /** The settled claim keys this leader knows of an alert (with when each expires), pruned of the past. */
  private known(alertId: string, now: number): Map<string, number> {
    let known = this.settled.get(alertId);
    if (!known) this.settled.set(alertId, (known = new Map()));
    for (const [key, until] of known) if (until <= now) known.delete(key);
    return known;
  }

  private forget(id: string): void {
    this.scannedAt.delete(id);
    this.settled.delete(id);
  }
}
