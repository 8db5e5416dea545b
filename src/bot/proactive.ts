// The watch poller's and the digest scheduler's notices, sent as proactive replies (continueConversationAsync)
// into the stored conversation — in a channel, the thread. The turn middleware gives the send the reply policy
// and, in Teams, the thread's pacer; a notice's sends get a short window, so the poller never waits long on one
// conversation: a throttled thread (no slot soon, or 429 with Retry-After) gets the notice deferred to a later
// round, and a hung one times out and has its next notices deferred too.
import { isRestError } from '@azure/core-rest-pipeline';
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../cards';
import type { Logger } from '../logging/logger';
import { ThreadBusyError } from '../outbound/thread-pacer';
import { parseRetryAfterSeconds } from '../partnercenter/retry-strategy';
import type { WatchConversation } from '../state/watch-store';
import type { NoticeResult, Notifier } from '../watch/notifier';
import { limitSendWindow } from './turn-guard';

/** A notice's send, waiting for its thread's slot and one short Retry-After included, ends within this. */
export const NOTICE_SEND_WINDOW_MS = 3_000;
/** After a send into a conversation timed out, its other notices are deferred this long (they would hang too). */
export const HUNG_CONVERSATION_DEFER_MS = 60_000;
/** A Retry-After longer than this is read as this. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

export class ProactiveNotifier implements Notifier {
  /** Conversation id → until when its notices are deferred after a timeout. */
  private readonly hungUntil = new Map<string, number>();

  constructor(
    private readonly adapter: CloudAdapter,
    /** Empty in Emulator mode: continueConversationAsync works without an app id there. */
    private readonly appId: string,
    private readonly logger: Logger,
    private readonly decorate: (card: AdaptiveCard, locale: string) => AdaptiveCard = (card) => card,
  ) {}

  async send(conversation: WatchConversation, card: AdaptiveCard, locale: string): Promise<NoticeResult> {
    const hung = this.hungUntil.get(conversation.conversationId);
    if (hung !== undefined && hung > Date.now()) return { deferred: true, notBefore: hung };
    this.hungUntil.delete(conversation.conversationId);

    const reference = conversation.reference as Partial<ConversationReference>;
    // The adapter hands errors thrown in the turn to onTurnError; the send's own failure is kept here instead.
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        limitSendWindow(context, NOTICE_SEND_WINDOW_MS);
        try {
          await context.sendActivity(
            MessageFactory.attachment(CardFactory.adaptiveCard(this.decorate(card, locale))),
          );
        } catch (err) {
          failure = err;
        }
      });
    } catch (err) {
      failure = err;
    }
    return failure === undefined ? 'sent' : this.failed(conversation, failure);
  }

  private failed(conversation: WatchConversation, err: unknown): NoticeResult {
    if (err instanceof ThreadBusyError) return { deferred: true, notBefore: err.retryAt };
    const status = isRestError(err) ? err.statusCode : undefined;
    const code = isRestError(err) ? err.code : undefined;
    if (status === 403 || status === 404) return 'gone';
    if (status === 429 || status === 412) {
      const seconds = isRestError(err)
        ? parseRetryAfterSeconds(err.response?.headers.get('retry-after'))
        : undefined;
      return { deferred: true, notBefore: Date.now() + Math.min(MAX_RETRY_AFTER_MS, (seconds ?? 1) * 1000) };
    }
    if (code === 'REPLY_TIMEOUT') this.markHung(conversation.conversationId);
    this.logger.warn(
      { status, code, channelId: conversation.channelId },
      'could not send a proactive notice (a watch or a digest)',
    );
    return 'failed';
  }

  private markHung(conversationId: string): void {
    const now = Date.now();
    for (const [id, until] of this.hungUntil) if (until <= now) this.hungUntil.delete(id);
    this.hungUntil.set(conversationId, now + HUNG_CONVERSATION_DEFER_MS);
  }
}
