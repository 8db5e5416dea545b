import type { AdaptiveCard } from '../../cards/types';
import { runAction } from '../actions';
import { watchAnswerCard } from '../shared/watch/answer-card';

/** What unwatch did, with a button to the watches left (`watchedOrders`: its label). */
export function unwatchCard(title: string, line: string, watchedOrders: string): AdaptiveCard {
  return watchAnswerCard({
    title,
    lines: [line],
    buttons: [{ title: watchedOrders, data: runAction({ kind: 'watches' }) }],
  });
}
