// The poller's notices, sent as proactive replies (continueConversationAsync) into the stored conversation —
// in a channel, the thread. The turn middleware gives the send the reply policy (Teams' 429/412/5xx retried
// with Retry-After, within the turn's reply window); one more try here after a longer Retry-After.
import { isRestError } from '@azure/core-rest-pipeline';
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../cards';
import type { Logger } from '../logging/logger';
import { parseRetryAfterSeconds } from '../partnercenter/retry-strategy';
import type { WatchConversation } from '../state/watch-store';
import type { NoticeResult, Notifier } from '../watch/notifier';

const MAX_RETRY_AFTER_MS = 60_000;

export class ProactiveNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    /** Empty in Emulator mode: continueConversationAsync works without an app id there. */
    private readonly appId: string,
    private readonly logger: Logger,
    private readonly decorate: (card: AdaptiveCard, locale: string) => AdaptiveCard = (card) => card,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async send(conversation: WatchConversation, card: AdaptiveCard, locale: string): Promise<NoticeResult> {
    const reference = conversation.reference as Partial<ConversationReference>;
    for (let attempt = 0; ; attempt++) {
      // The adapter hands errors thrown in the turn to onTurnError; the send's own failure is kept here instead.
      let failure: unknown;
      try {
        await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
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
      if (failure === undefined) return 'sent';
      const err = failure;
      const status = isRestError(err) ? err.statusCode : undefined;
      if (status === 403 || status === 404) return 'gone';
      const retryAfter = isRestError(err)
        ? parseRetryAfterSeconds(err.response?.headers.get('retry-after'))
        : undefined;
      if ((status === 429 || status === 412) && attempt === 0) {
        await this.sleep(Math.min(MAX_RETRY_AFTER_MS, (retryAfter ?? 1) * 1000));
        continue;
      }
      this.logger.warn(
        { status, code: isRestError(err) ? err.code : undefined, channelId: conversation.channelId },
        'could not send a watch notice',
      );
      return 'failed';
    }
  }
}
