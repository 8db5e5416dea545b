// What the compose box lists and what a pasted link unfurls into: a customer, an order or a subscription, each
// as a one-line preview (customer · id · status · date), a compact card, and the command choosing it runs (its
// full card: the customer's orders, the order, or the subscriptions of its order with it first).
import template from '../../cards/compose-item.json';
import { idText, type Fact } from '../cards/common';
import { billingCycleName, statusColor, statusName, type TextColor } from '../cards/labels';
import { localizer, type Localizer } from '../cards/locale';
import { plainLabel, plainText } from '../cards/plain-text';
import { cardTemplate } from '../cards/templates';
import { fmt, MISSING, shortId } from '../cards/text';
import type { ActionData, AdaptiveCard, CustomerRef } from '../cards/types';
import { runAction } from '../commands/actions';
import type { Command } from '../commands/command';
import { dayText } from '../commands/shared/across/rows';
import { composeTexts, type ComposeTexts } from './texts';

export type ComposeItemKind = 'customer' | 'order' | 'subscription';

export interface ComposePreview {
  title: string;
  subtitle: string;
  text: string;
}

export interface ComposeItem {
  kind: ComposeItemKind;
  /** Tenant, order or subscription id, as Partner Center gives it. */
  id: string;
  /** Whose it is (tenant id). */
  customerId: string;
  preview: ComposePreview;
  /** The compact card (a search result's card until one is chosen; an unfurled link's card). */
  card: AdaptiveCard;
  /** The data of the command choosing it runs (`composeExtension/selectItem` hands it back). */
  select: ActionData;
}

/** What is known of an order: the index's record, or less (a recent lookup the index does not hold). */
export interface OrderFacts {
  id: string;
  /** Customer tenant id. */
  cust: string;
  status?: string;
  cycle?: string;
  /** Created (epoch ms; 0 or absent: not known). */
  created?: number;
}

export interface SubscriptionFacts {
  id: string;
  cust: string;
  order?: string;
  name?: string;
  offer?: string;
  status?: string;
  qty?: number;
  /** Commitment end (epoch ms). */
  ends?: number;
}

interface ItemView {
  kindLine: string;
  title: string;
  hasStatus: boolean;
  status: string;
  color: TextColor;
  facts: Fact[];
  idText: string;
}

const MAX_TITLE = 120;
const MAX_LINE = 200;
const render = cardTemplate<ItemView>(template);

/** The words and formats of one locale, looked up once per answer. */
export interface ItemWords {
  l: Localizer;
  t: ComposeTexts;
}

export const itemWords = (locale: string): ItemWords => ({ l: localizer(locale), t: composeTexts(locale) });

export function customerItem({ l, t }: ItemWords, customer: CustomerRef): ComposeItem {
  const name = customer.name || customer.domain || customer.id;
  const domain = customer.domain || MISSING;
  return {
    kind: 'customer',
    id: customer.id,
    customerId: customer.id,
    preview: {
      title: plainLabel(name, MAX_TITLE),
      subtitle: plainLabel(fmt(t.customerSubtitle, { domain }), MAX_LINE),
      text: fmt(t.customerText, { id: customer.id }),
    },
    card: render({
      kindLine: fmt(t.kindLine, { kind: t.customer }),
      title: plainText(name, MAX_TITLE),
      hasStatus: false,
      status: '',
      color: 'Default',
      facts: [{ title: t.domain, value: plainText(domain, MAX_LINE) }],
      idText: idText(l.s.tenantLine, customer.id),
    }),
    select: runAction({ kind: 'orders', customer: customer.id, filters: {} }),
  };
}

export function orderItem({ l, t }: ItemWords, order: OrderFacts, customerName: string): ComposeItem {
  const status = order.status ? statusName(l.s, order.status) : MISSING;
  const created = dayText(l, order.created);
  const facts: Fact[] = [
    { title: t.customer, value: plainText(customerName, MAX_LINE) },
    { title: l.s.created, value: created },
  ];
  if (order.cycle) facts.push({ title: l.s.billingCycle, value: billingCycleName(l.s, order.cycle) });
  const command: Command = { kind: 'order', customer: order.cust, orderId: order.id };
  return {
    kind: 'order',
    id: order.id,
    customerId: order.cust,
    preview: {
      title: plainLabel(customerName, MAX_TITLE),
      subtitle: plainLabel(fmt(t.orderSubtitle, { id: order.id, status }), MAX_LINE),
      text: plainLabel(
        fmt(t.orderText, {
          date: created,
          cycle: order.cycle ? billingCycleName(l.s, order.cycle) : MISSING,
        }),
        MAX_LINE,
      ),
    },
    card: render({
      kindLine: fmt(t.kindLine, { kind: t.order }),
      title: plainText(`${t.order} ${shortId(order.id)}`, MAX_TITLE),
      hasStatus: order.status !== undefined,
      status,
      color: statusColor(order.status),
      facts,
      idText: idText(l.s.orderIdLine, order.id),
    }),
    select: runAction(command),
  };
}

export function subscriptionItem(
  { l, t }: ItemWords,
  subscription: SubscriptionFacts,
  customerName: string,
): ComposeItem {
  const name = subscription.name || subscription.offer || subscription.id;
  const status = subscription.status ? statusName(l.s, subscription.status) : MISSING;
  const quantity = subscription.qty !== undefined ? l.number(subscription.qty) : MISSING;
  const facts: Fact[] = [
    { title: t.customer, value: plainText(customerName, MAX_LINE) },
    { title: l.s.quantity, value: quantity },
  ];
  if (subscription.ends) facts.push({ title: l.s.commitmentEnd, value: dayText(l, subscription.ends) });
  if (subscription.order) facts.push({ title: t.order, value: plainText(shortId(subscription.order), 20) });
  // The subscriptions of its order with it first; without an order, its id alone (the command finds it).
  const command: Command = subscription.order
    ? {
        kind: 'subscriptions',
        customer: subscription.cust,
        orderId: subscription.order,
        subscriptionId: subscription.id,
      }
    : { kind: 'subscriptions', customer: subscription.cust, orderId: subscription.id };
  const text = subscription.ends
    ? fmt(t.subscriptionEnds, { customer: customerName, quantity, date: dayText(l, subscription.ends) })
    : fmt(t.subscriptionText, { customer: customerName, quantity });
  return {
    kind: 'subscription',
    id: subscription.id,
    customerId: subscription.cust,
    preview: {
      title: plainLabel(name, MAX_TITLE),
      subtitle: plainLabel(fmt(t.subscriptionSubtitle, { id: subscription.id, status }), MAX_LINE),
      text: plainLabel(text, MAX_LINE),
    },
    card: render({
      kindLine: fmt(t.kindLine, { kind: t.subscription }),
      title: plainText(name, MAX_TITLE),
      hasStatus: subscription.status !== undefined,
      status,
      color: statusColor(subscription.status),
      facts,
      idText: idText(fmt(l.s.labelled, { label: l.s.subscriptionId, value: '{id}' }), subscription.id),
    }),
    select: runAction(command),
  };
}
