import type { AdaptiveCard } from '../../cards/types';
import { runAction } from '../actions';
import { watchAnswerCard } from '../shared/watch/answer-card';

/** What unwatch did, with a button to the watches left. */
export function unwatchCard(title: string, line: string): AdaptiveCard {
  return watchAnswerCard({
    title,
    lines: [line],
    buttons: [{ title: 'watches', data: runAction({ kind: 'watches' }) }],
  });
}
