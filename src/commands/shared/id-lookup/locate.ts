// An id typed with no customer ("order 9qg-ErcO…", "subscription db8c695b…"): the partner-wide index says whose
// it is, and whether it is an order or a subscription. One match: the command goes on with that customer.
// Several: a short card lists them as buttons. None, or no index: said plainly, with how far the index is, how
// to name the customer, and buttons for the customers this person asked about lately.
import { statusName } from '../../../cards/labels';
import { localizer, type Localizer } from '../../../cards/locale';
import { fmt, shortId } from '../../../cards/text';
import { isPartnerCenterError } from '../../../partnercenter/errors';
import type { Coverage, PartnerIndex } from '../../../index/partner-index';
import { MAX_ID_MATCHES } from '../../../index/partner-index';
import { idQuery, type IndexedOrder, type IndexedSubscription } from '../../../index/records';
import { runAction } from '../../actions';
import type { Command, CommandKind } from '../../command';
import type { CommandSet } from '../../command-set';
import type { CommandEnv } from '../../deps';
import type { CommandOutcome } from '../../outcome';
import { idLookupCard, type IdLookupSection } from './card';
import { idLookupTexts, type IdLookupTexts } from './texts';

export type Located =
  { kind: 'order'; order: IndexedOrder } | { kind: 'subscription'; subscription: IndexedSubscription };

export interface IdLookup {
  /** The command asking (its outcome's). */
  command: CommandKind;
  /** How the command is typed up to "for <customer>", e.g. "order 9qg-ErcO" (the hint's example). */
  typedAs: string;
  /** The command a button runs for one of several matches. */
  forMatch(found: Located): Command;
  /** The command a button runs with a customer the person asked about lately (tenant id). */
  forCustomer(customerId: string): Command;
}

/** Buttons of recent customers on the card. */
const MAX_RECENT = 5;

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

/**
 * What the index knows of a subscription that names no order, with its customer's orders a click away.
 * `result`: ok where it answers the question (which subscription), refused where it cannot (watch its order).
 */
export function withoutOrder(
  subscription: IndexedSubscription,
  env: CommandEnv,
  command: CommandKind,
  result: CommandOutcome['result'],
): CommandOutcome {
  const l = localizer(env.ctx.locale);
  const t = idLookupTexts(env.ctx.locale);
  const customer = customerName(env, subscription.cust);
  return {
    command,
    result,
    customerId: subscription.cust,
    resultCount: 1,
    card: idLookupCard(fmt(t.noOrderTitle, { id: subscription.id }), [
      {
        lines: [
          fmt(t.noOrder, {
            name: subscription.name ?? subscription.offer ?? subscription.id,
            customer,
            status: statusName(l.s, subscription.status),
            quantity: l.number(subscription.qty),
          }),
        ],
        buttons: [ordersButton(subscription.cust, customer)],
      },
    ]),
  };
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

function several(
  typed: string,
  found: readonly Located[],
  capped: boolean,
  env: CommandEnv,
  lookup: IdLookup,
): CommandOutcome {
  const l = localizer(env.ctx.locale);
  const t = idLookupTexts(env.ctx.locale);
  const shown = found.slice(0, MAX_ID_MATCHES);
  const sections: IdLookupSection[] = [
    {
      lines: [t.severalPrompt],
      buttons: shown.map((f) => ({ title: label(l, t, f, env), data: runAction(lookup.forMatch(f)) })),
    },
  ];
  if (capped || found.length > shown.length)
    sections.push({ lines: [fmt(t.severalMore, { n: l.number(shown.length) })] });
  return {
    command: lookup.command,
    result: 'ambiguous',
    resultCount: found.length,
    card: idLookupCard(fmt(t.severalTitle, { id: typed }), sections),
  };
}

function label(l: Localizer, t: IdLookupTexts, found: Located, env: CommandEnv): string {
  if (found.kind === 'order') {
    const { order } = found;
    return fmt(t.orderLabel, {
      id: order.id,
      customer: customerName(env, order.cust),
      status: statusName(l.s, order.status),
    });
  }
  const { subscription } = found;
  return fmt(t.subscriptionLabel, {
    id: subscription.id,
    name: subscription.name ?? subscription.offer ?? '—',
    customer: customerName(env, subscription.cust),
  });
}

function notKnown(typed: string, env: CommandEnv, lookup: IdLookup, status: string): CommandOutcome {
  const t = idLookupTexts(env.ctx.locale);
  const sections: IdLookupSection[] = [
    {
      lines: [status, fmt(t.sayWhose, { example: `${lookup.typedAs} for ${t.customerPlaceholder}` })],
    },
  ];
  // "order AdventureWorks": a word with no digit may have been meant as a customer.
  const named = /\d/.test(typed) ? undefined : env.directory?.resolve(typed);
  if (named?.kind === 'found') {
    const { id, companyProfile } = named.customer;
    sections.push({
      lines: [fmt(t.alsoCustomer, { word: typed })],
      buttons: [ordersButton(id, companyProfile.companyName)],
    });
  }
  const recent = (env.recent?.list() ?? []).slice(0, MAX_RECENT);
  if (recent.length > 0)
    sections.push({
      lines: [t.recentCustomers],
      buttons: recent.map((c) => ({ title: c.name || c.id, data: runAction(lookup.forCustomer(c.id)) })),
    });
  return {
    command: lookup.command,
    result: 'notFound',
    card: idLookupCard(fmt(t.notKnownTitle, { id: typed }), sections),
  };
}

/** "Index as of 10:42 UTC: 9,812 of 10,000 customers read, first pass 98 % done." */
export function coverageLine(l: Localizer, t: IdLookupTexts, coverage: Coverage): string {
  if (coverage.customers === 0 || coverage.asOf === undefined) return t.coverageEmpty;
  const asOf = l.dateTime(new Date(coverage.asOf).toISOString());
  if (coverage.firstPass >= 1) return fmt(t.coverageDone, { asOf });
  return fmt(t.coverage, {
    asOf,
    customers: l.number(coverage.customers),
    total: l.number(coverage.totalCustomers),
    percent: l.number(Math.floor(coverage.firstPass * 100)),
  });
}

function ordersButton(customerId: string, name: string): { title: string; data: Record<string, unknown> } {
  return {
    title: `orders for ${name}`,
    data: runAction({ kind: 'orders', customer: customerId, filters: {} }),
  };
}

/** The customer's name from the directory or this person's recent customers; else its tenant id, shortened. */
function customerName(env: CommandEnv, tenantId: string): string {
  const match = env.directory?.resolve(tenantId);
  if (match?.kind === 'found') return match.customer.companyProfile.companyName;
  const recent = env.recent?.list().find((c) => c.id.toLowerCase() === tenantId.toLowerCase());
  return recent?.name || shortId(tenantId);
}
