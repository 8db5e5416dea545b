import { LRUCache } from 'lru-cache';
import type { AdaptiveCard, PriceView } from '../cards';

/**
 * The last good card of each refreshing card (keyed by its refresh data and the view it was made for: locale
 * and prices, so a card with prices never stands in for one without), so that a refresh that
 * cannot finish answers with it instead of an error (Teams would show the error as the card, for good). Kept
 * in this process; an instance that never answered the card falls back to what the cache holds.
 */
export class LastGoodCards {
  private readonly cards = new LRUCache<string, { card: AdaptiveCard; at: number }>({ max: 1_000 });

  constructor(private readonly now: () => number = Date.now) {}

  remember(refreshData: unknown, view: CardView, card: AdaptiveCard): void {
    this.cards.set(keyOf(refreshData, view), { card, at: this.now() });
  }

  /** The card and how long ago it was good. */
  recall(refreshData: unknown, view: CardView): { card: AdaptiveCard; ageMs: number } | undefined {
    const held = this.cards.get(keyOf(refreshData, view));
    return held && { card: held.card, ageMs: this.now() - held.at };
  }
}

/** What a card was made for besides its command: the person's locale and how it shows money. */
export interface CardView {
  locale: string;
  prices: PriceView;
}

function keyOf(refreshData: unknown, view: CardView): string {
  return `${view.locale}\u0000${view.prices}\u0000${JSON.stringify(refreshData)}`;
}
