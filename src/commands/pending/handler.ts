import { fitCard } from '../../cards/fit';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { ACROSS_PAGE_SIZE } from '../shared/across/card';
import { cappedOf, missingIndexOutcome, readIndex } from '../shared/across/read';
import { customerNamer, customerTotals } from '../shared/across/totals';
import { stringsFor } from '../definition';
import { tooLargeAnswer } from '../too-large';
import { pendingCard } from './card';
import type { PendingCommand } from './payload';
import { pendingStrings } from './strings';

/** "pending orders": every customer's pending orders from the partner-wide index, with no Partner Center call. */
export async function pendingCommand(command: PendingCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = env.ctx.locale;
  const read = await readIndex(env, (index, limit) => index.pendingOrders(0, limit));
  if ('missing' in read) {
    const title = stringsFor({ strings: pendingStrings }, locale).card.title;
    return missingIndexOutcome(read.missing, command, title, env);
  }
  const { page, coverage } = read;
  const nameOf = customerNamer(env);
  const totals = customerTotals(page.items, (o) => o.cust, nameOf);
  const card = fitCard(
    (maxRows) =>
      pendingCard(
        {
          orders: page.items,
          total: page.total,
          capped: cappedOf(page),
          totals,
          nameOf,
          coverage,
          now: Date.now(),
          offset: command.offset ?? 0,
          maxRows,
          actions: {
            details: (order) => runAction({ kind: 'order', customer: order.cust, orderId: order.id }),
            customerOrders: (order) =>
              runAction({ kind: 'orders', customer: order.cust, filters: { status: 'pending' } }),
            page: (offset) => runAction({ kind: 'pending', ...(offset > 0 ? { offset } : {}) }),
            refresh: () => runAction(command),
          },
        },
        { locale },
      ),
    ACROSS_PAGE_SIZE,
    () => tooLargeAnswer('pending', locale),
  );
  return { command: 'pending', result: 'ok', resultCount: page.total, card };
}
