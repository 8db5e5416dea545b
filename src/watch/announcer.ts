// Each change is announced once, across instances and crashes. The notice is stored with the state it
// announces (one compare-and-set), sent, then cleared. A poller that dies in between leaves it stored, and the
// leader sends it once it is older than any send still in flight could be (Teams' Retry-After included). A
// conversation that refuses for good (403/404) loses its watch; other failures are tried again a few times.
import type { Logger } from '../logging/logger';
import type { PendingNotice, Watch, WatchState, WatchStore } from '../state/watch-store';
import type { Notifier } from './notifier';

/** A stored notice this old is sent again: no send in flight lasts this long (one Retry-After ≤ 60 s). */
export const NOTICE_RESEND_AFTER_MS = 3 * 60_000;
/** Tries of one notice before it is given up (logged). */
export const MAX_NOTICE_ATTEMPTS = 3;

export class Announcer {
  constructor(
    private readonly store: WatchStore,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Moves the watch from its state to `to` and announces it; nothing when another caller moved it first. */
  async change(watch: Watch, to: WatchState, card: Record<string, unknown>, final: boolean): Promise<void> {
    const notice: PendingNotice = { card, final, attempts: 0, at: this.now() };
    if (!(await this.store.advance(watch.id, watch.state, to, notice))) return;
    await this.deliver(watch, notice);
  }

  /** Sends the stored notices that a dead poller left, or whose last try failed long enough ago. */
  async resendLeftovers(watches: readonly Watch[]): Promise<void> {
    for (const watch of watches) {
      const notice = watch.pendingNotice;
      if (notice && this.now() - notice.at >= NOTICE_RESEND_AFTER_MS) await this.deliver(watch, notice);
    }
  }

  /** Sends a notice that is not stored (the watch has already ended): at most once. */
  async sendOnce(watch: Watch, card: Record<string, unknown>): Promise<void> {
    if ((await this.notifier.send(watch.conversation, card, watch.locale)) === 'gone')
      this.conversationGone(watch);
  }

  private async deliver(watch: Watch, notice: PendingNotice): Promise<void> {
    const result = await this.notifier.send(watch.conversation, notice.card, watch.locale);
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
