// Each change is announced once, across instances and crashes. The notice is stored with the state it
// announces (one compare-and-set), sent, then cleared. A poller that dies in between leaves it stored, and the
// leader sends it once it is older than any send still in flight could be (Teams' Retry-After included). A
// conversation that refuses for good (403/404) loses its watch; other failures are tried again a few times.
// Sends go out in lanes, one per conversation: a throttled or hung conversation never delays another's
// notices, and one Teams throttles is deferred to a later round (at its Retry-After), not waited for.
import type { Logger } from '../logging/logger';
import type { PendingNotice, Watch, WatchState, WatchStore } from '../state/watch-store';
import { Lanes } from './lanes';
import type { NoticeResult, Notifier } from './notifier';

/** A stored notice this old is sent again: no send in flight lasts this long (one Retry-After ≤ 60 s). */
export const NOTICE_RESEND_AFTER_MS = 3 * 60_000;
/** Tries of one notice before it is given up (logged). */
export const MAX_NOTICE_ATTEMPTS = 3;
/** Conversations sent to at once. */
export const NOTICE_LANES = 8;

/** A notice the thread could not take yet: this process sends it from `notBefore` (it knows it was not sent). */
interface Deferred {
  watch: Watch;
  card: Record<string, unknown>;
  notBefore: number;
}

export class Announcer {
  private readonly lanes: Lanes;
  /** Stored notices this process deferred, by watch id → not before. */
  private readonly deferredStored = new Map<string, number>();
  /** Notices sent at most once (not stored) that were deferred. */
  private deferredOnce: Deferred[] = [];

  constructor(
    private readonly store: WatchStore,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {
    this.lanes = new Lanes(NOTICE_LANES, (err) => logger.warn({ err }, 'watch notice delivery failed'));
  }

  /** Settles when every notice handed to a lane so far has been sent, deferred or given up. */
  settled(): Promise<void> {
    return this.lanes.settled();
  }

  /** Another instance leads now: what this one deferred is a leftover for whoever leads. */
  forgetDeferred(): void {
    this.deferredStored.clear();
    this.deferredOnce = [];
  }

  /** Moves the watch from its state to `to` and announces it; nothing when another caller moved it first. */
  async change(watch: Watch, to: WatchState, card: Record<string, unknown>, final: boolean): Promise<void> {
    const notice: PendingNotice = { card, final, attempts: 0, at: this.now() };
    if (!(await this.store.advance(watch.id, watch.state, to, notice))) return;
    this.inLane(watch, () => this.deliver(watch, notice));
  }

  /** Sends the stored notices that a dead poller left, or whose last try failed long enough ago. */
  async resendLeftovers(watches: readonly Watch[]): Promise<void> {
    const now = this.now();
    for (const watch of watches) {
      const notice = watch.pendingNotice;
      const deferredUntil = this.deferredStored.get(watch.id);
      if (!notice) this.deferredStored.delete(watch.id);
      else if ((deferredUntil ?? Infinity) <= now || now - notice.at >= NOTICE_RESEND_AFTER_MS)
        this.inLane(watch, () => this.deliver(watch, notice));
    }
    const due = this.deferredOnce.filter((d) => d.notBefore <= now);
    this.deferredOnce = this.deferredOnce.filter((d) => d.notBefore > now);
    for (const { watch, card } of due) await this.sendOnce(watch, card);
  }

  /** Sends a notice that is not stored (the watch has already ended): at most once. */
  async sendOnce(watch: Watch, card: Record<string, unknown>): Promise<void> {
    this.inLane(watch, async () => {
      const result = await this.notifier.send(watch.conversation, card, watch.locale);
      if (result === 'gone') this.conversationGone(watch);
      const notBefore = deferredUntil(result);
      if (notBefore !== undefined) this.deferredOnce.push({ watch, card, notBefore });
    });
  }

  private inLane(watch: Watch, send: () => Promise<void>): void {
    this.lanes.add(watch.conversation.conversationId, send);
  }

  private async deliver(watch: Watch, notice: PendingNotice): Promise<void> {
    this.deferredStored.delete(watch.id);
    const result = await this.notifier.send(watch.conversation, notice.card, watch.locale);
    const notBefore = deferredUntil(result);
    if (notBefore !== undefined) {
      // Not sent: not a try. Stored as just tried, so another leader waits as for a send in flight.
      await this.store.setNotice(watch.id, { ...notice, at: this.now() });
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
      await this.store.setNotice(watch.id, { ...notice, attempts, at: this.now() });
      return;
    }
    if (result === 'failed') this.logger.warn({ watchId: watch.id, attempts }, 'watch notice given up');
    if (notice.final) await this.store.remove(watch.id);
    else await this.store.setNotice(watch.id, undefined);
  }

  private conversationGone(watch: Watch): void {
    this.logger.warn(
      { watchId: watch.id, orderId: watch.orderId, channelId: watch.conversation.channelId },
      'watch removed: its conversation is gone',
    );
  }
}

function deferredUntil(result: NoticeResult): number | undefined {
  return typeof result === 'object' ? result.notBefore : undefined;
}
