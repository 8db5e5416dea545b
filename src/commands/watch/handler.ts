import { statusInSentence } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import { idKey } from '../../partnercenter/ids';
import type { Customer, Order } from '../../partnercenter/models';
import { isStoreUnavailable } from '../../state/store-unavailable';
import { watchId, type Watch } from '../../state/watch-store';
import type { IndexedSubscription } from '../../index/records';
import { customerOrReply } from '../shared/customer-step';
import { idLookupTexts } from '../shared/id-lookup/texts';
import { withCustomerExample, withoutOrder } from '../shared/id-lookup/answers';
import { locateOrReply, subscriptionInstead } from '../shared/id-lookup/locate';
import { orderIdOrReply } from '../shared/order-id-step';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { isFinal } from '../../watch/final';
import { indexStatusSince, pendingSince } from '../../watch/status-since';
import type { WatchContext } from '../shared/watch/context';
import { watchCard } from './card';
import type { WatchCommand } from './payload';
import { watchTextsWith } from '../shared/watch/texts';
import { watchStrings } from './strings';

/** What adding the watches did: how many were added, already watched here, and left out at the cap. */
interface Added {
  added: number;
  duplicates: string[];
  capped: number;
  storeDown?: unknown;
}

/**
 * "watch order <id> for <customer>" / "watch pending orders for <customer>": stores the watches. The id may be
 * shortened, or alone (its customer from the partner-wide index), or a subscription's (its order is watched).
 */
export async function watchCommand(command: WatchCommand, env: CommandEnv): Promise<CommandOutcome> {
  const t = watchTextsWith(env.ctx.locale, watchStrings);
  if (!env.watch) return say(command, env.ctx.locale, 'refused', [t.unavailable]);
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
    return say(command, env.ctx.locale, 'invalid', [
      fmt(ids.sayWhose, { example: withCustomerExample((customer) => ({ kind: 'watch', customer }), env) }),
    ]);
  }
  const located = await locateOrReply(typed, env, {
    command: 'watch',
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
      return say(command, env.ctx.locale, 'ok', [
        ...lead,
        fmt(t.finished, { order: order.id, status: statusInSentence(s, order.status) }),
      ]);
    orders = [order];
  } else {
    // Fresh: a watch starts from what the order is now.
    const all = await env.api.listOrders(customer.id, {}, { ...env.ctx, bypassCache: true });
    orders = all.filter((o) => (o.status ?? '').toLowerCase() === 'pending');
    if (orders.length === 0)
      return say(command, env.ctx.locale, 'ok', [fmt(t.noPending, { customer: customerName })]);
  }

  const made = await Promise.all(
    orders.map((order) => newWatch(env, context, customer.id, customerName, order)),
  );
  const { added, duplicates, capped, storeDown } = await addAll(context, made);
  const lines: string[] = [];
  const max = String(context.maxPerPerson);
  if (command.orderId) {
    const order = orders[0]!;
    if (added > 0)
      lines.push(
        fmt(t.watching, {
          order: order.id,
          customer: customerName,
          status: statusInSentence(s, order.status),
        }),
      );
    if (duplicates.length > 0) lines.push(fmt(t.duplicate, { order: order.id }));
    if (capped > 0) lines.push(fmt(t.cap, { max }));
  } else {
    // Every pending order is accounted for: watched now, watched here already, or left out at the cap.
    const oneDuplicate = duplicates.length === 1 && orders.length === 1;
    if (added + capped + duplicates.length > 0 && !oneDuplicate)
      lines.push(
        added === orders.length
          ? fmt(t.watchingMany, { n: String(added), customer: customerName })
          : fmt(t.watchingSome, { n: String(added), total: String(orders.length), customer: customerName }),
      );
    if (oneDuplicate) lines.push(fmt(t.duplicate, { order: duplicates[0]! }));
    else if (duplicates.length > 0) lines.push(fmt(t.duplicatesMany, { n: String(duplicates.length) }));
    if (capped > 0) lines.push(fmt(t.capSkipped, { n: String(capped), max }));
  }
  if (added > 0 && !context.store.shared) lines.push(t.inProcess);
  if (storeDown) lines.push(t.storeDown);
  lines.unshift(...lead);
  return {
    ...say(command, env.ctx.locale, added > 0 ? 'ok' : storeDown ? 'error' : 'refused', lines),
    customerId: customer.id,
    resultCount: added,
    // Logged with the turn's correlation id, by kind and key class only.
    error: storeDown,
  };
}

/**
 * Adds the watches in order until the person's cap; the rest are told apart once: already watched in this
 * conversation, or left out at the cap.
 */
async function addAll(context: WatchContext, watches: readonly Watch[]): Promise<Added> {
  const result: Added = { added: 0, duplicates: [], capped: 0 };
  for (const [i, watch] of watches.entries()) {
    const added = await context.store.add(watch, context.maxPerPerson).catch((err: unknown) => {
      // Redis slow, full or away: said plainly, within the turn, instead of "something went wrong".
      if (!isStoreUnavailable(err)) throw err;
      result.storeDown = err;
      return undefined;
    });
    if (!added) break;
    if (added.added) result.added++;
    else if (added.reason === 'duplicate') result.duplicates.push(watch.orderId);
    else {
      const rest = watches.slice(i);
      const here = await watchedHere(context, rest);
      for (const w of rest) {
        if (here.has(idKey(w.orderId))) result.duplicates.push(w.orderId);
        else result.capped++;
      }
      break;
    }
  }
  return result;
}

/** The orders this conversation watches (lowercase ids); none known when the store does not answer. */
async function watchedHere(context: WatchContext, rest: readonly Watch[]): Promise<Set<string>> {
  if (rest.length <= 1) return new Set();
  try {
    const watches = await context.store.inConversation(context.conversation.conversationId);
    return new Set(watches.map((w) => idKey(w.orderId)));
  } catch {
    return new Set();
  }
}

/**
 * The watch starts from since when the order has been in its status when that is known (a pending order: its
 * creation; else the partner-wide index's record); otherwise from now, the watch's own start (createdAt, to
 * the millisecond, which notices read as "since at least").
 */
async function newWatch(
  env: CommandEnv,
  context: WatchContext,
  customerId: string,
  customerName: string,
  order: Order,
): Promise<Watch> {
  const now = context.now();
  const status = order.status ?? 'unknown';
  const since =
    pendingSince(order.creationDate, status) ??
    (env.index ? await indexStatusSince(env.index)({ customerId, orderId: order.id }, status) : undefined) ??
    now;
  return {
    id: watchId(context.conversation.conversationId, order.id),
    conversation: context.conversation,
    owner: context.owner,
    customerId,
    customerName,
    orderId: order.id,
    locale: env.ctx.locale,
    state: { status, since: new Date(since).toISOString() },
    createdAt: now,
    expiresAt: now + context.ttlMs,
  };
}

function say(
  command: WatchCommand,
  locale: string,
  result: CommandOutcome['result'],
  lines: string[],
): CommandOutcome {
  return {
    command: 'watch',
    result,
    card: watchCard(command, lines, locale),
  };
}
