/** An Adaptive Card (version 1.5) as a plain JSON object; the bot wraps it in an attachment. */
export type AdaptiveCard = Record<string, unknown>;

/** The `data` of an Action.Submit, decided by the commands layer and embedded as it is. */
export type ActionData = Record<string, unknown>;

export interface CardContext {
  /** The activity locale, e.g. 'en-US', 'pt-BR'. */
  locale: string;
}

export interface CustomerRef {
  id: string;
  name: string;
  domain?: string;
}

/**
 * How a card shows money (prices, totals). `shown`: on the card. In a channel or group chat the card everyone
 * sees leaves it out: `onRequest` when each person can ask for their own priced view ("Show prices to me", Teams'
 * user-specific views), `personalChatOnly` when only a 1:1 chat with the bot shows it.
 */
export type PriceView = 'shown' | 'onRequest' | 'personalChatOnly';
