import { fmt } from '../../cards/text';
import type { AdaptiveCard } from '../../cards/types';
import { runAction } from '../actions';
import { watchAnswerCard } from '../shared/watch/answer-card';
import { watchTextsWith } from '../shared/watch/texts';
import type { WatchCommand } from './payload';
import { watchStrings } from './strings';

/** What watch did (or why not), headed by what was asked, with a button to the conversation's watches. */
export function watchCard(command: WatchCommand, lines: string[], locale: string): AdaptiveCard {
  const t = watchTextsWith(locale, watchStrings);
  return watchAnswerCard({
    title: command.orderId ? fmt(t.titleOne, { order: command.orderId }) : t.titlePending,
    lines,
    buttons: [{ title: t.watchedOrders, data: runAction({ kind: 'watches' }) }],
  });
}
