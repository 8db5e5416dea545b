import type { AdaptiveCard } from '../cards/types';
import type { WatchConversation } from '../state/watch-store';

/** sent; gone: the conversation refused it for good (403/404, the bot was removed); failed: try no more now. */
export type NoticeResult = 'sent' | 'gone' | 'failed';

/** The bot edge's proactive send (src/bot/proactive.ts); the poller knows nothing of botbuilder. */
export interface Notifier {
  send(conversation: WatchConversation, card: AdaptiveCard, locale: string): Promise<NoticeResult>;
}
