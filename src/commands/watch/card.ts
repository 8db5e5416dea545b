import type { AdaptiveCard } from '../../cards/types';
import { runAction } from '../actions';
import { watchAnswerCard } from '../shared/watch/answer-card';
import type { WatchCommand } from './payload';

/** What watch did (or why not), with a button to the conversation's watches. */
export function watchCard(command: WatchCommand, lines: string[]): AdaptiveCard {
  return watchAnswerCard({
    title: command.orderId ? `watch order ${command.orderId}` : 'watch pending orders',
    lines,
    buttons: [{ title: 'watches', data: runAction({ kind: 'watches' }) }],
  });
}
