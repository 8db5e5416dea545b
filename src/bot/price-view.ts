// Prices in shared conversations (PRICES_IN_SHARED_CONVERSATIONS): what a channel or a group chat sees is seen by
// all of it, so its card leaves money out; in Teams each person may see their own priced view of it, which only
// their client shows (Universal Actions user-specific views: the answer to their own adaptiveCard/action).
import type { Activity } from 'botbuilder';
import type { PriceView } from '../cards';
import type { PricesInSharedConversations } from '../config';
import { isShared } from './conversation-events';

/**
 * Whom a turn's card is for: the whole conversation (a message, a click that updates a card, anything posted);
 * only the person whose own `adaptiveCard/action` it answers (a refresh, "Show prices to me"); or whoever reads
 * the message a person inserts it into (a message extension's result, a link unfurled), which may be a 1:1 chat
 * with someone else, so it is shared whatever the conversation's type. Anything not known to be personal is the
 * conversation's.
 */
export type Audience = 'conversation' | 'person' | 'inserted';

/** How this turn's cards show money. */
export function priceViewOf(
  setting: PricesInSharedConversations,
  activity: Partial<Pick<Activity, 'channelId' | 'conversation'>>,
  audience: Audience,
): PriceView {
  if (setting === 'everyone' || (audience !== 'inserted' && !isShared(activity))) return 'shown';
  // Outside Teams (Web Chat, the Emulator) no client shows one person a view of their own.
  if (setting === 'never' || activity.channelId !== 'msteams') return 'personalChatOnly';
  return audience === 'person' ? 'shown' : 'onRequest';
}
