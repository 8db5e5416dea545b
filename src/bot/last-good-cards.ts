import { LRUCache } from 'lru-cache';
import type { AdaptiveCard } from '../cards';

/**
 * The last good card of each refreshing card (keyed by its refresh data and locale), so that a refresh that
 * cannot finish answers with it instead of an error (Teams would show the error as the card, for good). Kept
 * in this process; an instance that never answered the card falls back to what the cache holds.
 */
export class LastGoodCards {
  private readonly cards = new LRUCache<string, { card: AdaptiveCard; at: number }>({ max: 1_000 });

  constructor(private readonly now: () => number = Date.now) {}

  remember(refreshData: unknown, locale: string, card: AdaptiveCard): void {
    this.cards.set(keyOf(refreshData, locale), { card, at: this.now() });
  }

  /** The card and how long ago it was good. */
  recall(refreshData: unknown, locale: string): { card: AdaptiveCard; ageMs: number } | undefined {
    const held = this.cards.get(keyOf(refreshData, locale));
    return held && { card: held.card, ageMs: this.now() - held.at };
  }
}

function keyOf(refreshData: unknown, locale: string): string {
  return `${locale}\u0000${JSON.stringify(refreshData)}`;
}
