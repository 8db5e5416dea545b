import { statusName } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import type { Customer, Order } from '../../partnercenter/models';
import { isStoreUnavailable } from '../../state/store-unavailable';
import { watchId, type Watch } from '../../state/watch-store';
import type { IndexedSubscription } from '../../index/records';
import { customerOrReply } from '../shared/customer-step';
import { idLookupTexts } from '../shared/id-lookup/texts';
import { withoutOrder } from '../shared/id-lookup/answers';
import { locateOrReply, subscriptionInstead } from '../shared/id-lookup/locate';
import { orderIdOrReply } from '../shared/order-id-step';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { isFinal } from '../../watch/final';
import type { WatchContext } from '../shared/watch/context';
import { watchCard } from './card';
import type { WatchCommand } from './payload';
import { watchTextsWith } from '../shared/watch/texts';
import { watchStrings } from './strings';

/**
 * "watch order <id> for <customer>" / "watch pending orders for <customer>": stores the watches. The id may be
 * shortened, or alone (its customer from the partner-wide index), or a subscription's (its order is watched).
 */
export async function watchCommand(command: WatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, watchStrings);
  if (!env.watch) return say(command, 'refused', [t.unavailable]);
  if (command.customer === undefined) return idAlone(command, env);
  const found = await customerOrReply({ ...command, customer: command.customer }, env);
  if ('reply' in found) return found.reply;
  try {
    return await watchFor(command, found.customer, env);
  } catch (err) {
    const subscription = command.orderId ? await subscriptionInstead(err, command.orderId, env) : undefined;
    if (!subscription) throw err;
    return watchSubscription(command, subscription, env);
  }
}

async function idAlone(command: WatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const typed = command.orderId;
  // (A click can carry neither; the parser never makes one.)
  if (typed === undefined) {
    const ids = idLookupTexts(env.ctx.locale);
    return say(command, 'invalid', [
      fmt(ids.sayWhose, { example: `watch pending orders for ${ids.customerPlaceholder}` }),
    ]);
  }
  const located = await locateOrReply(typed, env, {
    command: 'watch',
    typedAs: `watch order ${typed}`,
    forMatch: (f) =>
      f.kind === 'order'
        ? { kind: 'watch', customer: f.order.cust, orderId: f.order.id }
        : { kind: 'watch', orderId: f.subscription.id },
    forCustomer: (customer) => ({ ...command, customer }),
  });
  if ('reply' in located) return located.reply;
  const { found } = located;
  if (found.kind === 'subscription') return watchSubscription(command, found.subscription, env);
  return watchCommand({ kind: 'watch', customer: found.order.cust, orderId: found.order.id }, env);
}

/** A subscription's id: its order is watched (and the card says so). */
async function watchSubscription(
  command: WatchCommand,
  subscription: IndexedSubscription,
  env: CommandEnv,
): Promise<CommandOutcome> {
  if (!subscription.order) return withoutOrder(subscription, env, 'watch', 'refused');
  const ofOrder = { kind: 'watch' as const, customer: subscription.cust, orderId: subscription.order };
  const found = await customerOrReply(ofOrder, env);
  if ('reply' in found) return found.reply;
  const note = fmt(idLookupTexts(env.ctx.locale).subscriptionOfOrder, {
    id: subscription.id,
    order: subscription.order,
  });
  return watchFor({ ...command, ...ofOrder }, found.customer, env, note);
}

async function watchFor(
  command: WatchCommand,
  customer: Customer,
  env: CommandEnv,
  note?: string,
): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, watchStrings);
  const context = env.watch!;
  const customerName = customer.companyProfile.companyName;
  const { s } = localizer(env.ctx.locale);
  const lead = note ? [note] : [];

  let orders: Order[];
  if (command.orderId) {
    // "9qg-ErcO…" as cards show it: the whole id of the one order it starts.
    const id = await orderIdOrReply(command.orderId, customer.id, env, 'watch');
    if ('reply' in id) return id.reply;
    const order = await env.api.getOrder(customer.id, id.orderId, env.ctx);
    if (isFinal(order.status))
      return say(command, 'ok', [
        ...lead,
        fmt(t.finished, { order: order.id, status: statusName(s, order.status) }),
      ]);
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
  lines.unshift(...lead);
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
