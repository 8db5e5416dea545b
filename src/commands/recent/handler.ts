import { fitCard } from '../../cards/fit';
import type { IndexedOrder } from '../../index/records';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import { stringsFor } from '../definition';
import type { CommandOutcome } from '../outcome';
import { ACROSS_PAGE_SIZE } from '../shared/across/card';
import { cappedOf, missingIndexOutcome, readIndex } from '../shared/across/read';
import { customerNamer, customerTotals } from '../shared/across/totals';
import { tooLargeAnswer } from '../too-large';
import { recentCard } from './card';
import type { RecentCommand } from './payload';
import { recentStrings } from './strings';

const DAY_MS = 86_400_000;

/**
 * "orders today", "orders since monday": every customer's orders created or changed in the period, from the
 * partner-wide index (a change is dated when the index saw it), with no Partner Center call.
 */
export async function recentCommand(command: RecentCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = env.ctx.locale;
  const from = Date.parse(`${command.since}T00:00:00Z`);
  const read = await readIndex(env, (index, limit) => index.ordersChangedSince(from, 0, limit));
  if ('missing' in read) {
    const title = stringsFor({ strings: recentStrings }, locale).card.title;
    return missingIndexOutcome(read.missing, command, title, env);
  }
  const { page, coverage } = read;
  const orders = page.items.filter(inPeriod(command));
  const nameOf = customerNamer(env);
  const totals = customerTotals(orders, (o) => o.cust, nameOf);
  const card = fitCard(
    (maxRows) =>
      recentCard(
        {
          command,
          orders,
          capped: cappedOf(page),
          totals,
          nameOf,
          coverage,
          now: Date.now(),
          maxRows,
          actions: {
            details: (order) => runAction({ kind: 'order', customer: order.cust, orderId: order.id }),
            customerOrders: (order) => runAction({ kind: 'orders', customer: order.cust, filters: {} }),
            page: (offset) => runAction({ ...command, offset: offset > 0 ? offset : undefined }),
            refresh: () => runAction(command),
          },
        },
        { locale },
      ),
    ACROSS_PAGE_SIZE,
    () => tooLargeAnswer('recent', locale),
  );
  return { command: 'recent', result: 'ok', resultCount: orders.length, card };
}

/** Created or changed within the days asked (the index gives everything since the first), in the status asked. */
function inPeriod(command: RecentCommand): (order: IndexedOrder) => boolean {
  const from = Date.parse(`${command.since}T00:00:00Z`);
  const to = command.until === undefined ? Infinity : Date.parse(`${command.until}T00:00:00Z`) + DAY_MS - 1;
  const within = (ms: number) => ms >= from && ms <= to;
  const status = command.status?.toLowerCase();
  return (order) =>
    (within(order.created) || within(order.changed)) && (status === undefined || order.status === status);
}
