import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import { isStoreUnavailable } from '../../state/store-unavailable';
import type { Watch, WatchCopy } from '../../state/watch-store';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { watchAnswerCard } from '../shared/watch/answer-card';
import { watchTextsWith } from '../shared/watch/texts';
import { watchesStrings } from './strings';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { MAX_WATCH_ROWS, watchesCard } from './card';

/** "watches": this conversation's watches. */
export async function watchesCommand(_command: unknown, env: CommandEnv): Promise<CommandOutcome> {
  const context = env.watch;
  if (!context) {
    const t = watchTextsWith(env.ctx.locale, watchesStrings);
    return {
      command: 'watches',
      result: 'refused',
      card: watchAnswerCard({ title: t.listTitle, lines: [t.unavailable] }),
    };
  }
  const { conversationId } = context.conversation;
  let watches: Watch[];
  try {
    watches = await context.store.inConversation(conversationId);
  } catch (err) {
    if (!isStoreUnavailable(err)) throw err;
    return { ...lastCopyOutcome(context.store.lastCopy?.(conversationId), env.ctx.locale), error: err };
  }
  return {
    command: 'watches',
    result: 'ok',
    resultCount: watches.length,
    card: fitCard(
      (maxRows) => watchesCard(watches, env.ctx.locale, { maxRows }),
      MAX_WATCH_ROWS,
      () => tooLargeAnswer('watches', env.ctx.locale),
    ),
  };
}

/** Redis slow, full or away: this instance's last copy, saying so and how old it is, or that there is none. */
function lastCopyOutcome(copy: WatchCopy | undefined, locale: string): CommandOutcome {
  const t = watchTextsWith(locale, watchesStrings);
  if (!copy)
    return {
      command: 'watches',
      result: 'error',
      card: watchAnswerCard({ title: t.listTitle, lines: [t.noCopy] }),
    };
  const note = fmt(t.lastCopy, { time: localizer(locale).dateTime(new Date(copy.at).toISOString()) });
  return {
    command: 'watches',
    result: 'ok',
    resultCount: copy.watches.length,
    card: watchesCard(copy.watches, locale, { note }),
  };
}
