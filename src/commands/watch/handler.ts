import { statusName } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import type { Order } from '../../partnercenter/models';
import { isStoreUnavailable } from '../../state/store-unavailable';
import { watchId, type Watch } from '../../state/watch-store';
import { customerOrReply } from '../shared/customer-step';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { isFinal } from '../../watch/final';
import type { WatchContext } from '../shared/watch/context';
import { watchCard } from './card';
import type { WatchCommand } from './payload';
import { watchTextsWith } from '../shared/watch/texts';
import { watchStrings } from './strings';

/** "watch order <id> for <customer>" / "watch pending orders for <customer>": stores the watches. */
export async function watchCommand(command: WatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, watchStrings);
  const context = env.watch;
  if (!context) return say(command, 'refused', [t.unavailable]);
  const found = await customerOrReply(command, env);
  if ('reply' in found) return found.reply;
  const { customer } = found;
  const customerName = customer.companyProfile.companyName;
  const { s } = localizer(env.ctx.locale);

  let orders: Order[];
  if (command.orderId) {
    const order = await env.api.getOrder(customer.id, command.orderId, env.ctx);
    if (isFinal(order.status))
      return say(command, 'ok', [fmt(t.finished, { order: order.id, status: statusName(s, order.status) })]);
    orders = [order];
  } else {
    // Fresh: a watch starts from what the order is now.
    const all = await env.api.listOrders(customer.id, {}, { ...env.ctx, bypassCache: true });
    orders = all.filter((o) => (o.status ?? '').toLowerCase() === 'pending');
    if (orders.length === 0) return say(command, 'ok', [fmt(t.noPending, { customer: customerName })]);
  }

  const lines: string[] = [];
  let added = 0;
  let storeDown: unknown;
  for (const order of orders) {
    const result = await context.store
      .add(newWatch(context, customer.id, customerName, order, env.ctx.locale), context.maxPerPerson)
      .catch((err: unknown) => {
        // Redis slow, full or away: said plainly, within the turn, instead of "something went wrong".
        if (!isStoreUnavailable(err)) throw err;
        storeDown = err;
        return undefined;
      });
    if (!result) break;
    if (result.added) added++;
    else if (result.reason === 'duplicate') lines.push(fmt(t.duplicate, { order: order.id }));
    else {
      lines.push(fmt(t.cap, { max: String(context.maxPerPerson) }));
      break;
    }
  }
  if (added > 0) {
    const first = orders[0]!;
    lines.unshift(
      command.orderId
        ? fmt(t.watching, { order: first.id, customer: customerName, status: statusName(s, first.status) })
        : fmt(t.watchingMany, { n: String(added), customer: customerName }),
    );
    if (!context.store.shared) lines.push(t.inProcess);
  }
  if (storeDown) lines.push(t.storeDown);
  return {
    ...say(command, added > 0 ? 'ok' : storeDown ? 'error' : 'refused', lines),
    customerId: customer.id,
    resultCount: added,
    // Logged with the turn's correlation id, by kind and key class only.
    error: storeDown,
  };
}

function newWatch(
  context: WatchContext,
  customerId: string,
  customerName: string,
  order: Order,
  locale: string,
): Watch {
  const now = context.now();
  return {
    id: watchId(context.conversation.conversationId, order.id),
    conversation: context.conversation,
    owner: context.owner,
    customerId,
    customerName,
    orderId: order.id,
    locale,
    state: { status: order.status ?? 'unknown', since: new Date(now).toISOString() },
    createdAt: now,
    expiresAt: now + context.ttlMs,
  };
}

function say(command: WatchCommand, result: CommandOutcome['result'], lines: string[]): CommandOutcome {
  return {
    command: 'watch',
    result,
    card: watchCard(command, lines),
  };
}
