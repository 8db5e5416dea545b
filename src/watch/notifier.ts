import type { AdaptiveCard } from '../cards/types';
import type { WatchConversation } from '../state/watch-store';

/**
 * sent; gone: the conversation refused it for good (403/404, the bot was removed); failed: try no more now;
 * deferred: not sent, the thread is throttled (or hung): send it from `notBefore` (epoch ms), in a later round.
 */
export type NoticeResult = 'sent' | 'gone' | 'failed' | { deferred: true; notBefore: number };

/** The bot edge's proactive send (src/bot/proactive.ts); the poller knows nothing of botbuilder. */
export interface Notifier {
  send(conversation: WatchConversation, card: AdaptiveCard, locale: string): Promise<NoticeResult>;
}
