import { localizer } from '../../cards/locale';
import { plainLabel } from '../../cards/plain-text';
import { fmt } from '../../cards/text';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { watchAnswerCard } from '../shared/watch/answer-card';
import { unwatchCard } from './card';
import { watchTextsWith } from '../shared/watch/texts';
import { unwatchStrings } from './strings';
import type { UnwatchCommand } from './payload';
import { idQuery } from '../../index/records';
import { isStoreUnavailable } from '../../state/store-unavailable';
import type { Watch } from '../../state/watch-store';
import { runAction } from '../actions';
import { idLookupTexts } from '../shared/id-lookup/texts';

/**
 * "unwatch <order id | all>": ends watches of this conversation. The id may be shortened as cards show it
 * ("9qg-ErcO…") or pasted with stray escapes: it ends the one watch whose order id it starts; several get a
 * card listing them.
 */
export async function unwatchCommand(command: UnwatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, unwatchStrings);
  const context = env.watch;
  const title = command.orderId ? fmt(t.titleOne, { order: command.orderId }) : t.titleAll;
  if (!context)
    return {
      command: 'unwatch',
      result: 'refused',
      card: watchAnswerCard({ title, lines: [t.unavailable] }),
    };
  let stopped = 0;
  let order = command.orderId;
  try {
    const watches = await context.store.inConversation(context.conversation.conversationId);
    const ending = command.orderId ? watchedBy(watches, command.orderId) : watches;
    const orders = new Set(ending.map((w) => idQuery(w.orderId)));
    if (command.orderId && orders.size > 1) return severalWatched(command.orderId, ending, env);
    order = ending[0]?.orderId ?? order;
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
    ? fmt(stopped > 0 ? t.stopped : t.notWatched, { order: order ?? command.orderId })
    : localizer(env.ctx.locale).count(t.stoppedAll, stopped);
  return {
    command: 'unwatch',
    result: stopped > 0 || !command.orderId ? 'ok' : 'notFound',
    resultCount: stopped,
    card: unwatchCard(title, line, t.watchedOrders),
  };
}

/** The watches of the order this id names: the whole id, else the orders it is the start of (one per order). */
function watchedBy(watches: readonly Watch[], typed: string): Watch[] {
  const wanted = idQuery(typed);
  const exact = watches.filter((w) => idQuery(w.orderId) === wanted);
  if (exact.length > 0 || wanted === '') return exact;
  return watches.filter((w) => idQuery(w.orderId).startsWith(wanted));
}

function severalWatched(typed: string, watches: readonly Watch[], env: CommandEnv): CommandOutcome {
  const orders = [...new Map(watches.map((w) => [idQuery(w.orderId), w])).values()];
  return {
    command: 'unwatch',
    result: 'ambiguous',
    resultCount: orders.length,
    card: watchAnswerCard({
      title: fmt(watchTextsWith(env.ctx.locale, unwatchStrings).titleOne, { order: typed }),
      lines: [fmt(idLookupTexts(env.ctx.locale).severalWatched, { id: typed })],
      buttons: orders.map((w) => ({
        title: plainLabel(`${w.orderId} · ${w.customerName}`, 120),
        data: runAction({ kind: 'unwatch', orderId: w.orderId }),
      })),
    }),
  };
}
