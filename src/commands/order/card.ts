import template from '../../../cards/order-detail.json';
import { squash } from '../../partnercenter/billing-cycle';
import type { Order, OrderLineItem, Subscription } from '../../partnercenter/models';
import {
  asOfText,
  customerHeading,
  idText,
  portalButton,
  pricesNote,
  quantityText,
  staleNotice,
  subscriptionName,
  tenantText,
  yesNo,
  type Fact,
  type PricesNoteView,
} from '../../cards/common';
import {
  billingCycleName,
  statusColor,
  statusName,
  transactionTypeName,
  type TextColor,
} from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { localizerWith, type LocalizerWith } from '../../cards/strings/own';
import { orderStrings, type OrderCardStrings } from './strings';
import type { Strings } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { plainText } from '../../cards/plain-text';
import { fmt, lookup, MISSING } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext, CustomerRef, PriceView } from '../../cards/types';
import { createsSubscriptions } from '../shared/creates-subscriptions';
import { watchButton } from '../shared/watch/button';
import { isFinal } from '../../watch/final';

/** The localizer with this command's own words (strings.ts) in its `s`. */
type OrderLocalizer = LocalizerWith<OrderCardStrings>;
export interface OrderDetailInput {
  customer: CustomerRef;
  order: Order;
  subscriptions: Subscription[];
  actions: {
    subscriptions(orderId: string): ActionData;
    orders(): ActionData;
    refresh(): ActionData;
    /** A Watch button while the order can still change (issue 12), when watching is offered. */
    watch?(orderId: string): ActionData;
  };
  staleAgeMs?: number;
  /** When the data was loaded (ms since the epoch); now when absent. */
  fetchedAt?: number;
  /** The indirect reseller on record (line items' partnerIdOnRecord), named when the relationship is known. */
  reseller?: { mpnId: string; name?: string };
  /** A pending order's provisioning status per line item, or why it could not be read. */
  provisioning?: ProvisioningView;
  /** Fewer line items and subscriptions, so that the card fits Teams' size limit (fitCard); it says so. */
  maxRows?: number;
  /** How money is shown (default: on the card); `showPrices` runs it again for one person's priced view. */
  prices?: PriceView;
  showPrices?: ActionData;
  /** The order's page in the Partner Center portal. */
  portalUrl?: string;
}

// Rows of each list: fitCard shows fewer when long names would take the card over MAX_CARD_BYTES.
export const MAX_LINE_ITEMS = 10;
const MAX_SUBSCRIPTIONS = 10;
const MAX_ID = 100;
const MAX_PRODUCT = 120;

export type ProvisioningView =
  { kind: 'items'; byLine: ReadonlyMap<number, string> } | { kind: 'needsAppUser' } | { kind: 'unavailable' };

interface LineItemView {
  name: string;
  facts: Fact[];
  hasSubscriptionId: boolean;
  subscriptionIdText: string;
}

interface CreatedSubscriptionView {
  name: string;
  status: string;
  color: TextColor;
  idText: string;
  meta: string;
}

interface DetailView extends PricesNoteView {
  t: Strings;
  hasPortal: boolean;
  portalUrl: string;
  subtitle: string;
  tenantText: string;
  asOfText: string;
  refreshData: ActionData;
  /** One-time orders create no subscriptions: no button that leads to "0 subscriptions". */
  hasSubscriptionsButton: boolean;
  status: string;
  color: TextColor;
  orderIdText: string;
  hasStale: boolean;
  staleText: string;
  facts: Fact[];
  hasProvisioningNote: boolean;
  provisioningNote: string;
  lineItemsHeading: string;
  lineItems: LineItemView[];
  hasMoreLineItems: boolean;
  moreLineItems: string;
  subscriptionsHeading: string;
  noSubscriptions: boolean;
  subscriptions: CreatedSubscriptionView[];
  hasMoreSubscriptions: boolean;
  moreSubscriptions: string;
  subscriptionsData: ActionData;
  ordersData: ActionData;
  hasWatch: boolean;
  watchTitle: string;
  watchData: ActionData;
}

const render = cardTemplate<DetailView>(template);

/** One order: its facts (full id first), its line items and the subscriptions it created. */
export function orderDetailCard(input: OrderDetailInput, ctx: CardContext): AdaptiveCard {
  const l = localizerWith(localizer(ctx.locale), orderStrings);
  const { s } = l;
  const { order } = input;
  const items = order.lineItems ?? [];
  const subs = input.subscriptions;
  const heading = customerHeading(input.customer);
  const itemRows = Math.max(1, Math.min(MAX_LINE_ITEMS, input.maxRows ?? MAX_LINE_ITEMS));
  const subRows = Math.max(1, Math.min(MAX_SUBSCRIPTIONS, input.maxRows ?? MAX_SUBSCRIPTIONS));
  const view = input.prices ?? 'shown';
  const showMoney = view === 'shown';
  const rest = (shown: number, total: number, max: number, more: string) =>
    shown < max
      ? fmt(s.trimmedToFit, { shown: l.number(shown), total: l.number(total) })
      : fmt(more, { n: l.number(total - shown) });

  return render({
    t: s,
    subtitle: heading.domain ? `${heading.title} · ${heading.domain}` : heading.title,
    tenantText: tenantText(l, input.customer),
    asOfText: asOfText(l, input.fetchedAt),
    refreshData: input.actions.refresh(),
    hasSubscriptionsButton: subs.length > 0 || createsSubscriptions(order),
    status: statusName(s, order.status),
    color: statusColor(order.status),
    orderIdText: idText(s.orderIdLine, order.id),
    ...staleNotice(l, input.staleAgeMs),
    ...pricesNote(l, view, orderHasMoney(order), input.showPrices),
    ...portalButton(input.portalUrl),
    facts: orderFacts(l, order, input.reseller, showMoney),
    ...provisioningNote(l, input.provisioning),
    lineItemsHeading: fmt(s.countedHeading, { title: s.lineItems, n: l.number(items.length) }),
    lineItems: items
      .slice(0, itemRows)
      .map((item) => lineItemView(l, order, item, provisioningOf(input.provisioning, item), showMoney)),
    hasMoreLineItems: items.length > itemRows,
    moreLineItems: rest(itemRows, items.length, MAX_LINE_ITEMS, s.moreLineItems),
    subscriptionsHeading: fmt(s.countedHeading, { title: s.subscriptions, n: l.number(subs.length) }),
    noSubscriptions: subs.length === 0,
    subscriptions: subs.slice(0, subRows).map((sub) => subscriptionView(l, sub)),
    hasMoreSubscriptions: subs.length > subRows,
    moreSubscriptions: rest(subRows, subs.length, MAX_SUBSCRIPTIONS, s.moreSubscriptions),
    subscriptionsData: input.actions.subscriptions(order.id),
    ordersData: input.actions.orders(),
    ...watchButton(ctx.locale, !isFinal(order.status), order.id, input.actions.watch),
  });
}

/** Whether the order carries any amount: its total, or a line item's price. */
export function orderHasMoney(order: Order): boolean {
  const amount = (n: unknown) => typeof n === 'number';
  return (
    amount(order.totalPrice) ||
    (order.lineItems ?? []).some(
      (i) => amount(i.pricing?.price) || amount(i.pricing?.listPrice) || amount(i.pricing?.extendedPrice),
    )
  );
}

function orderFacts(
  l: OrderLocalizer,
  order: Order,
  reseller: OrderDetailInput['reseller'],
  showMoney: boolean,
): Fact[] {
  const { s } = l;
  const facts: Fact[] = [];
  if (order.alternateId) facts.push({ title: s.alternateId, value: plainText(order.alternateId, MAX_ID) });
  facts.push({ title: s.created, value: l.dateTime(order.creationDate) });
  facts.push({ title: s.status, value: statusName(s, order.status) });
  facts.push({ title: s.billingCycle, value: billingCycleName(s, order.billingCycle) });
  // The code alone ("USD"), as every amount shows it; the symbol only when Partner Center sent no code.
  const currency = order.currencyCode?.trim().toUpperCase() || order.currencySymbol?.trim();
  if (currency) facts.push({ title: s.currency, value: plainText(currency, 20) });
  if (showMoney && typeof order.totalPrice === 'number') {
    facts.push({
      title: s.total,
      value: l.money(order.totalPrice, order.currencyCode, order.currencySymbol),
    });
  }
  if (order.transactionType) {
    facts.push({ title: s.transactionType, value: transactionTypeName(s, order.transactionType) });
  }
  if (reseller) {
    const mpn = plainText(reseller.mpnId, MAX_ID);
    const value = reseller.name
      ? fmt(s.resellerWithMpn, { name: plainText(reseller.name, MAX_PRODUCT), mpn })
      : mpn;
    facts.push({ title: s.reseller, value });
  }
  return facts;
}

function provisioningNote(
  l: OrderLocalizer,
  view: ProvisioningView | undefined,
): { hasProvisioningNote: boolean; provisioningNote: string } {
  if (view?.kind === 'needsAppUser')
    return { hasProvisioningNote: true, provisioningNote: l.s.provisioningNeedsUser };
  if (view?.kind === 'unavailable')
    return { hasProvisioningNote: true, provisioningNote: l.s.provisioningUnavailable };
  return { hasProvisioningNote: false, provisioningNote: '' };
}

function provisioningOf(view: ProvisioningView | undefined, item: OrderLineItem): string | undefined {
  const line = item.lineItemNumber;
  return view?.kind === 'items' && line != null ? view.byLine.get(line) : undefined;
}

function lineItemView(
  l: OrderLocalizer,
  order: Order,
  item: OrderLineItem,
  provisioning: string | undefined,
  showMoney: boolean,
): LineItemView {
  const { s } = l;
  const facts: Fact[] = [
    { title: s.offerId, value: plainText(item.offerId || MISSING, MAX_ID) },
    { title: s.quantity, value: l.number(item.quantity ?? 0) },
  ];
  if (provisioning) {
    // Partner Center sends "pending" or "Pending": looked up squashed, shown as it came when unknown.
    const name = lookup(s.provisioningStatuses, squash(provisioning));
    facts.push({ title: s.provisioning, value: name ?? plainText(provisioning, 40) });
  }
  if (item.termDuration) facts.push({ title: s.term, value: l.term(item.termDuration) });
  // `price` is per unit (listPrice before discounts); extendedPrice is the line's total.
  if (showMoney) {
    const money = (n: number) => l.money(n, order.currencyCode, order.currencySymbol);
    const unitPrice = item.pricing?.price ?? item.pricing?.listPrice;
    if (typeof unitPrice === 'number') facts.push({ title: s.price, value: money(unitPrice) });
    const lineTotal = item.pricing?.extendedPrice;
    if (typeof lineTotal === 'number') facts.push({ title: s.lineTotal, value: money(lineTotal) });
  }
  return {
    name: plainText(item.friendlyName || item.offerId || MISSING, MAX_PRODUCT),
    facts,
    hasSubscriptionId: Boolean(item.subscriptionId),
    subscriptionIdText: idText(subscriptionIdTemplate(l), item.subscriptionId ?? ''),
  };
}

function subscriptionView(l: OrderLocalizer, sub: Subscription): CreatedSubscriptionView {
  const { s } = l;
  const meta = [
    fmt(s.labelled, { label: s.quantity, value: quantityText(l, sub.quantity, sub.unitType) }),
    fmt(s.labelled, { label: s.autoRenew, value: yesNo(l, sub.autoRenewEnabled) }),
  ];
  if (sub.commitmentEndDate)
    meta.push(fmt(s.labelled, { label: s.commitmentEnd, value: l.date(sub.commitmentEndDate) }));
  return {
    name: subscriptionName(sub),
    status: statusName(s, sub.status),
    color: statusColor(sub.status),
    idText: idText(subscriptionIdTemplate(l), sub.id),
    meta: meta.join(' · '),
  };
}

/** "Subscription id: {id}" in the person's language. */
function subscriptionIdTemplate(l: OrderLocalizer): string {
  return fmt(l.s.labelled, { label: l.s.subscriptionId, value: '{id}' });
}
