// An id typed with no customer ("order 9qg-ErcO…", "subscription db8c695b…"): the partner-wide index says whose
// it is, and whether it is an order or a subscription. One match: the command goes on with that customer.
// Several: a short card lists them as buttons. None, or no index: said plainly, with how far the index is, how
// to name the customer, and buttons for the customers this person asked about lately.
import { localizer } from '../../../cards/locale';
import { isPartnerCenterError } from '../../../partnercenter/errors';
import { MAX_ID_MATCHES, type PartnerIndex } from '../../../index/partner-index';
import { idQuery, type IndexedOrder, type IndexedSubscription } from '../../../index/records';
import type { Command, CommandKind } from '../../command';
import type { CommandSet } from '../../command-set';
import type { CommandEnv } from '../../deps';
import type { CommandOutcome } from '../../outcome';
import { coverageLine, notKnown, several, withoutOrder } from './answers';
import { idLookupTexts } from './texts';

export type Located =
  { kind: 'order'; order: IndexedOrder } | { kind: 'subscription'; subscription: IndexedSubscription };

export interface IdLookup {
  /** The command asking (its outcome's). */
  command: CommandKind;
  /** The command a button runs for one of several matches. */
  forMatch(found: Located): Command;
  /** The command with a customer: a button's for one the person asked about lately (tenant id), the hint's example. */
  forCustomer(customerId: string): Command;
}

/** Whose the id is, from the index; or the reply when that is not one record. */
export async function locateOrReply(
  typed: string,
  env: CommandEnv,
  lookup: IdLookup,
): Promise<{ found: Located } | { reply: CommandOutcome }> {
  const t = idLookupTexts(env.ctx.locale);
  const index = env.index;
  if (!index) return { reply: notKnown(typed, env, lookup, t.noIndex) };
  let matches: { found: Located[]; capped: boolean };
  try {
    matches = await find(index, typed);
  } catch (err) {
    // Redis away: said plainly, never a failed turn; logged with the turn's correlation id.
    return { reply: { ...notKnown(typed, env, lookup, t.unreadable), result: 'error', error: err } };
  }
  const { found, capped } = matches;
  if (found.length === 1) return { found: found[0]! };
  if (found.length > 1) return { reply: several(typed, found, capped, env, lookup) };
  const coverage = await index.coverage().catch(() => undefined);
  const l = localizer(env.ctx.locale);
  return { reply: notKnown(typed, env, lookup, coverage ? coverageLine(l, t, coverage) : t.unreadable) };
}

/** The subscription the index knows by this id (whole, or a prefix of one only), when `err` is a 404. */
export async function subscriptionInstead(
  err: unknown,
  typed: string,
  env: CommandEnv,
): Promise<IndexedSubscription | undefined> {
  if (!isPartnerCenterError(err) || err.reason !== 'notFound' || !env.index) return undefined;
  const found = await find(env.index, typed).catch(() => undefined);
  const only = found?.found.length === 1 ? found.found[0] : undefined;
  return only?.kind === 'subscription' ? only.subscription : undefined;
}

/**
 * A subscription found by its id: the subscriptions of its order with it listed first (the subscriptions
 * command, run from the set); one that names no order gets what the index knows of it.
 */
export function showSubscription(
  subscription: IndexedSubscription,
  env: CommandEnv,
  commands: CommandSet,
): Promise<CommandOutcome> {
  if (subscription.order) {
    const command: Command = {
      kind: 'subscriptions',
      customer: subscription.cust,
      orderId: subscription.order,
      subscriptionId: subscription.id,
    };
    return commands.named(command.kind).run(command, env, commands);
  }
  return Promise.resolve(withoutOrder(subscription, env, 'subscriptions', 'ok'));
}

async function find(index: PartnerIndex, typed: string): Promise<{ found: Located[]; capped: boolean }> {
  const [orders, subscriptions] = await Promise.all([index.findOrder(typed), index.findSubscription(typed)]);
  const all: Located[] = [
    ...orders.map((order): Located => ({ kind: 'order', order })),
    ...subscriptions.map((subscription): Located => ({ kind: 'subscription', subscription })),
  ];
  // The whole id of one record wins over records it is only the start of.
  const wanted = idQuery(typed);
  const exact = all.filter((found) => idQuery(idOf(found)) === wanted);
  if (exact.length > 0) return { found: exact, capped: false };
  return {
    found: all,
    capped: orders.length >= MAX_ID_MATCHES || subscriptions.length >= MAX_ID_MATCHES,
  };
}

const idOf = (found: Located): string => (found.kind === 'order' ? found.order.id : found.subscription.id);
