// The answers of an id typed alone that the index could not settle to one record (several, none, no index),
// and of a subscription that names no order; the words are in ./texts.ts.
import { statusInSentence, statusName } from '../../../cards/labels';
import { localizer, type Localizer } from '../../../cards/locale';
import { fmt, shortId } from '../../../cards/text';
import { MAX_ID_MATCHES, type Coverage } from '../../../index/partner-index';
import type { IndexedSubscription } from '../../../index/records';
import { runAction } from '../../actions';
import type { Command, CommandKind } from '../../command';
import type { CommandEnv } from '../../deps';
import type { CommandOutcome } from '../../outcome';
import { idLookupCard, type IdLookupSection } from './card';
import type { IdLookup, Located } from './locate';
import { idLookupTexts, type IdLookupTexts } from './texts';

/** Buttons of recent customers on the card. */
const MAX_RECENT = 5;

// A customer and an id every language's grammar reads: the command is written with them, then they are
// swapped for the placeholder and the id typed (which could itself hold the word "contoso").
const SAMPLE_CUSTOMER = 'contoso';
const SAMPLE_ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

/** The command for a customer, as the person's language writes it: "pedido Qq9… de <cliente>". */
export function withCustomerExample(forCustomer: (customer: string) => Command, env: CommandEnv): string {
  const command = forCustomer(SAMPLE_CUSTOMER);
  const typed = 'orderId' in command ? command.orderId : undefined;
  const sample: Command =
    'orderId' in command && command.orderId !== undefined ? { ...command, orderId: SAMPLE_ID } : command;
  const placeholder = idLookupTexts(env.ctx.locale).customerPlaceholder;
  return env.commands
    .format(sample, env.ctx.locale)
    .replace(SAMPLE_CUSTOMER, () => placeholder)
    .replace(SAMPLE_ID, () => typed ?? '');
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
            status: statusInSentence(l.s, subscription.status),
            quantity: l.number(subscription.qty),
          }),
        ],
        buttons: [ordersButton(t, subscription.cust, customer)],
        links: portalLink(l, env.portal?.subscription(subscription.cust, subscription.id)),
      },
    ]),
  };
}

export function several(
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

export function notKnown(typed: string, env: CommandEnv, lookup: IdLookup, status: string): CommandOutcome {
  const t = idLookupTexts(env.ctx.locale);
  const sections: IdLookupSection[] = [
    {
      lines: [status, fmt(t.sayWhose, { example: withCustomerExample(lookup.forCustomer, env) })],
    },
  ];
  // "order AdventureWorks": a word with no digit may have been meant as a customer.
  const named = /\d/.test(typed) ? undefined : env.directory?.resolve(typed);
  if (named?.kind === 'found') {
    const { id, companyProfile } = named.customer;
    sections.push({
      lines: [fmt(t.alsoCustomer, { word: typed })],
      buttons: [ordersButton(t, id, companyProfile.companyName)],
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

/** "Open in Partner Center" to this page, when there is one. */
function portalLink(l: Localizer, url: string | undefined): { title: string; url: string }[] {
  return url ? [{ title: l.s.openInPartnerCenter, url }] : [];
}

function ordersButton(
  t: IdLookupTexts,
  customerId: string,
  name: string,
): { title: string; data: Record<string, unknown> } {
  return {
    title: fmt(t.ordersOf, { customer: name }),
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
