import { fmt } from '../../cards/text';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { watchAnswerCard } from '../shared/watch/answer-card';
import { unwatchCard } from './card';
import { watchTextsWith } from '../shared/watch/texts';
import { unwatchStrings } from './strings';
import type { UnwatchCommand } from './payload';
import { sameId } from '../../partnercenter/ids';
import { isStoreUnavailable } from '../../state/store-unavailable';

/** "unwatch <order id | all>": ends watches of this conversation. */
export async function unwatchCommand(command: UnwatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, unwatchStrings);
  const context = env.watch;
  const title = command.orderId ? `unwatch ${command.orderId}` : 'unwatch all';
  if (!context)
    return {
      command: 'unwatch',
      result: 'refused',
      card: watchAnswerCard({ title, lines: [t.unavailable] }),
    };
  let stopped = 0;
  try {
    const watches = await context.store.inConversation(context.conversation.conversationId);
    const ending = command.orderId ? watches.filter((w) => sameId(w.orderId, command.orderId)) : watches;
    for (const w of ending) if (await context.store.remove(w.id)) stopped++;
  } catch (err) {
    // Redis slow, full or away: said plainly, within the turn, instead of "something went wrong".
    if (!isStoreUnavailable(err)) throw err;
    return {
      command: 'unwatch',
      result: 'error',
      resultCount: stopped,
      card: watchAnswerCard({ title, lines: [t.storeDown] }),
      error: err,
    };
  }
  const line = command.orderId
    ? fmt(stopped > 0 ? t.stopped : t.notWatched, { order: command.orderId })
    : fmt(t.stoppedAll, { n: String(stopped) });
  return {
    command: 'unwatch',
    result: stopped > 0 || !command.orderId ? 'ok' : 'notFound',
    resultCount: stopped,
    card: unwatchCard(title, line),
  };
}
