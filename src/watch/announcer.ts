// Each change is announced once, across instances, crashes and a stalled Redis. The notice is stored with the
// state it announces and claimed by its sender (one compare-and-set, with a lease), sent, then marked done.
// Nobody else sends it while the lease runs; a sender whose "done" cannot be written (Redis stalled) waits and
// tries again, and remembers what the connector accepted, so it never sends that notice twice itself. A notice
// left by a poller that died is claimed by the leader once the lease has ended. A conversation that refuses for
// good (403/404) loses its watch; other failures are tried again a few times.
// Sends go out in lanes, one per conversation: a throttled or hung conversation never delays another's
// notices, and one Teams throttles is deferred to a later round (at its Retry-After), not waited for.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import {
  claimable,
  type PendingNotice,
  type Watch,
  type WatchState,
  type WatchStore,
} from '../state/watch-store';
import { Lanes } from './lanes';
import type { NoticeResult, Notifier } from './notifier';

/** A claim's lease: longer than any send in flight (one Retry-After ≤ 60 s) and the wait for marking it done. */
export const NOTICE_RESEND_AFTER_MS = 3 * 60_000;
/** Tries of one notice before it is given up (logged). */
export const MAX_NOTICE_ATTEMPTS = 3;
/** Conversations sent to at once. */
export const NOTICE_LANES = 8;
/** Waits between tries of marking a sent notice done while Redis does not answer (then the next round). */
const DONE_RETRY_MS = [250, 500, 1_000, 2_000, 4_000];
/** Notices this process sent whose "done" is not written yet: a few at most, kept bounded anyway. */
const MAX_REMEMBERED = 1_000;

export interface AnnouncerOptions {
  /** Who claims notices (the poller's instance id). */
  instanceId?: string;
  /** The lease of a claim (default NOTICE_RESEND_AFTER_MS). */
  leaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A notice sent at most once (not stored) that the thread could not take yet. */
interface Deferred {
  watch: Watch;
  card: Record<string, unknown>;
  notBefore: number;
}

export class Announcer {
  private readonly by: string;
  private readonly leaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lanes: Lanes;
  /** Notice ids this process sent (the connector accepted them) until their "done" is stored. */
  private readonly sent = new Set<string>();
  /** Notice ids handed to a lane and not settled yet: never queued twice. */
  private readonly queued = new Set<string>();
  /** Stored notices this process deferred (it still holds their claim): watch id → not before. */
  private readonly deferredStored = new Map<string, number>();
  private deferredOnce: Deferred[] = [];

  constructor(
    private readonly store: WatchStore,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly now: () => number,
    options: AnnouncerOptions = {},
  ) {
    this.by = options.instanceId ?? randomUUID();
    this.leaseMs = options.leaseMs ?? NOTICE_RESEND_AFTER_MS;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.lanes = new Lanes(NOTICE_LANES, (err) => logger.warn({ err }, 'watch notice delivery failed'));
  }

  /** Settles when every notice handed to a lane so far has been sent, deferred or given up. */
  settled(): Promise<void> {
    return this.lanes.settled();
  }

  /** Another instance leads now: what this one deferred is a leftover for whoever leads once its lease ends. */
  forgetDeferred(): void {
    this.deferredStored.clear();
    this.deferredOnce = [];
  }

  /** Moves the watch from its state to `to` and announces it; nothing when another caller moved it first. */
  async change(watch: Watch, to: WatchState, card: Record<string, unknown>, final: boolean): Promise<void> {
    const at = this.now();
    const notice: PendingNotice = {
      id: randomUUID(),
      card,
      final,
      attempts: 0,
      at,
      claim: { by: this.by, until: at + this.leaseMs },
    };
    if (!(await this.store.advance(watch.id, watch.state, to, notice))) return;
    this.deliverInLane(watch, notice);
  }

  /**
   * The stored notices not sent yet: finished when this process sent them already, else sent once claimed —
   * when nobody else holds them (or the holder's lease ended), a deferred one from its time, and a refused one
   * after waiting its turn.
   */
  async resendLeftovers(watches: readonly Watch[]): Promise<void> {
    const now = this.now();
    for (const watch of watches) {
      const notice = watch.pendingNotice;
      if (!notice) this.deferredStored.delete(watch.id);
      if (!notice || this.queued.has(notice.id)) continue;
      if (this.sent.has(notice.id)) {
        await this.markDone(watch, notice);
        continue;
      }
      const deferredUntil = this.deferredStored.get(watch.id);
      if (deferredUntil !== undefined && deferredUntil > now) continue;
      if (!claimable(notice.claim, this.by, now)) continue;
      const mine = deferredUntil !== undefined || notice.claim?.by === this.by;
      if (!mine && notice.attempts > 0 && now - notice.at < this.leaseMs) continue; // refused: tried again later
      const claim = { by: this.by, until: now + this.leaseMs };
      if (!(await this.store.claimNotice(watch.id, notice.id, claim, now))) continue;
      this.deliverInLane(watch, { ...notice, claim });
    }
    const due = this.deferredOnce.filter((d) => d.notBefore <= now);
    this.deferredOnce = this.deferredOnce.filter((d) => d.notBefore > now);
    for (const { watch, card } of due) await this.sendOnce(watch, card);
  }

  /** Sends a notice that is not stored (the watch has already ended): at most once. */
  async sendOnce(watch: Watch, card: Record<string, unknown>): Promise<void> {
    this.lanes.add(watch.conversation.conversationId, async () => {
      const result = await this.notifier.send(watch.conversation, card, watch.locale);
      if (result === 'gone') this.conversationGone(watch);
      const notBefore = deferredUntil(result);
      if (notBefore !== undefined) this.deferredOnce.push({ watch, card, notBefore });
    });
  }

  private deliverInLane(watch: Watch, notice: PendingNotice): void {
    this.queued.add(notice.id);
    this.lanes.add(watch.conversation.conversationId, () =>
      this.deliver(watch, notice).finally(() => this.queued.delete(notice.id)),
    );
  }

  private async deliver(watch: Watch, notice: PendingNotice): Promise<void> {
    this.deferredStored.delete(watch.id);
    const result = await this.notifier.send(watch.conversation, notice.card, watch.locale);
    const notBefore = deferredUntil(result);
    if (notBefore !== undefined) {
      // Not sent, and not a try. This process keeps the claim past the time it sends it again.
      const claim = { by: this.by, until: Math.max(notBefore, this.now()) + this.leaseMs };
      await this.store.setNotice(watch.id, { ...notice, claim });
      this.deferredStored.set(watch.id, notBefore);
      return;
    }
    if (result === 'gone') {
      await this.store.remove(watch.id);
      this.conversationGone(watch);
      return;
    }
    const attempts = notice.attempts + 1;
    if (result === 'failed' && attempts < MAX_NOTICE_ATTEMPTS) {
      this.logger.warn({ watchId: watch.id, attempts }, 'watch notice could not be sent: trying again later');
      await this.store.setNotice(watch.id, { ...notice, attempts, at: this.now(), claim: undefined });
      return;
    }
    if (result === 'failed') this.logger.warn({ watchId: watch.id, attempts }, 'watch notice given up');
    this.remember(notice.id);
    await this.markDone(watch, notice);
  }

  /**
   * Stores that the notice is settled, waiting while Redis does not answer (within the claim's lease, so no
   * other instance sends it meanwhile); if it still cannot, the next round tries again. Never throws.
   */
  private async markDone(watch: Watch, notice: PendingNotice): Promise<void> {
    const leaseEnds = notice.claim?.until ?? this.now() + this.leaseMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.noticeDone(watch, notice.id, notice.final);
        this.sent.delete(notice.id);
        return;
      } catch (err) {
        const wait = DONE_RETRY_MS[attempt];
        if (wait === undefined || this.now() + wait >= leaseEnds) {
          this.logger.warn(
            { watchId: watch.id, kind: (err as { kind?: string }).kind },
            'watch notice sent, but could not be marked sent yet: trying again next round',
          );
          return;
        }
        await this.sleep(wait);
      }
    }
  }

  private remember(noticeId: string): void {
    if (this.sent.size >= MAX_REMEMBERED) this.sent.delete(this.sent.values().next().value!);
    this.sent.add(noticeId);
  }

  private conversationGone(watch: Watch): void {
    this.logger.warn(
      { watchId: watch.id, channelId: watch.conversation.channelId },
      'watch removed: its conversation is gone',
    );
  }
}

function deferredUntil(result: NoticeResult): number | undefined {
  return typeof result === 'object' ? result.notBefore : undefined;
}
