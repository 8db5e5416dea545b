import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { watchAnswerCard } from '../watch/card';
import { watchTexts } from '../watch/texts';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { MAX_WATCH_ROWS, watchesCard } from './card';

/** "watches": this conversation's watches. */
export async function watchesCommand(_command: unknown, env: CommandEnv): Promise<CommandOutcome> {
  const context = env.watch;
  if (!context) {
    const t = watchTexts(env.ctx.locale);
    return {
      command: 'watches',
      result: 'refused',
      card: watchAnswerCard({ title: t.listTitle, lines: [t.unavailable] }),
    };
  }
  const watches = await context.store.inConversation(context.conversation.conversationId);
  return {
    command: 'watches',
    result: 'ok',
    resultCount: watches.length,
    card: fitCard(
      (maxRows) => watchesCard(watches, env.ctx.locale, maxRows),
      MAX_WATCH_ROWS,
      () => tooLargeAnswer('watches', env.ctx.locale),
    ),
  };
}
