import { statusName } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import { idKey } from '../../partnercenter/ids';
import type { Order } from '../../partnercenter/models';
import { isStoreUnavailable } from '../../state/store-unavailable';
import { watchId, type Watch } from '../../state/watch-store';
import { customerOrReply } from '../shared/customer-step';
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
        fmt(t.watching, { order: order.id, customer: customerName, status: statusName(s, order.status) }),
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
  return {
    ...say(command, added > 0 ? 'ok' : storeDown ? 'error' : 'refused', lines),
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

function say(command: WatchCommand, result: CommandOutcome['result'], lines: string[]): CommandOutcome {
  return {
    command: 'watch',
    result,
    card: watchCard(command, lines),
  };
}
