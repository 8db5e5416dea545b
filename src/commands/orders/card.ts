import template from '../../../cards/orders-summary.json';
import { normalizeBillingCycle, squash } from '../../partnercenter/billing-cycle';
import { parsePartnerCenterDate } from '../../partnercenter/dates';
import type { Order, Subscription } from '../../partnercenter/models';
import { createsSubscriptions } from '../shared/creates-subscriptions';
import {
  asOfText,
  customerHeading,
  portalButton,
  pricesNote,
  statusCount,
  idText,
  staleNotice,
  tenantText,
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
import { ordersStrings, type OrdersCardStrings } from './strings';
import type { Strings } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { plainInline, plainText } from '../../cards/plain-text';
import { fmt, MISSING, shortId } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext, CustomerRef, PriceView } from '../../cards/types';
import { watchButton } from '../shared/watch/button';

/** The filters applied, resellers resolved to a name and id; the card states every one. */

/** The localizer with this command's own words (strings.ts) in its `s`. */
type OrdersLocalizer = LocalizerWith<OrdersCardStrings>;
export interface AppliedOrderFilters {
  billingCycle?: string;
  status?: string;
  resellerName?: string;
  resellerId?: string;
  includePrices?: boolean;
  includeSystemPurchases?: boolean;
  /** ISO dates (yyyy-mm-dd), shown localised. */
  since?: string;
  until?: string;
  /** A product word matched against line-item names. */
  product?: string;
}

export interface OrdersSummaryInput {
  customer: CustomerRef;
  filters: AppliedOrderFilters;
  /** Every matching order, in any order: the card sorts them newest first and shows one page. */
  orders: Order[];
  /** Optional join: the subscriptions of each order, shown as a count and statuses. */
  subscriptionsByOrder?: ReadonlyMap<string, Subscription[]>;
  /** Index of the first order of the page. */
  offset: number;
  /** Orders per page: default and maximum 10, which keeps the card small and fast. */
  pageSize?: number;
  /** Fewer rows than a page, so that the card fits Teams' size limit (fitCard); the card says so. */
  maxRows?: number;
  actions: {
    details(orderId: string): ActionData;
    subscriptions(orderId: string): ActionData;
    /** The page starting at `offset` (next or previous). */
    more(offset: number): ActionData;
    refresh(): ActionData;
    /** A Watch button on pending rows (issue 12), when watching is offered. */
    watch?(orderId: string): ActionData;
  };
  /** A date example that narrows this very list ("orders for contoso last 30 days"), shown on long lists. */
  narrowExample?: string;
  /** Set when the data came from the cache after an upstream failure. */
  staleAgeMs?: number;
  /** When the data was loaded (ms since the epoch); now when absent. */
  fetchedAt?: number;
  /** How money is shown (default: on the card); `showPrices` runs the list again for one person's priced view. */
  prices?: PriceView;
  showPrices?: ActionData;
  /** The customer's page in the Partner Center portal. */
  portalUrl?: string;
}

/** Orders on one page of the list, at most. */
export const ORDERS_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = ORDERS_PAGE_SIZE;
const NARROW_AFTER_PAGES = 3;
const MAX_LINES = 3;
const MAX_NAME = 80;
const MAX_FILTER = 100;

interface OrderRow {
  heading: string;
  idText: string;
  status: string;
  color: TextColor;
  meta: string;
  lines: { text: string }[];
  /** The row's buttons, whole: binding one array costs far less than a binding per button field. */
  actions: SubmitAction[];
}

interface SummaryView extends PricesNoteView {
  t: Strings;
  hasPortal: boolean;
  portalUrl: string;
  title: string;
  subtitle: string;
  tenantText: string;
  asOfText: string;
  refreshData: ActionData;
  hasStale: boolean;
  staleText: string;
  hasFilters: boolean;
  noFilters: boolean;
  filters: Fact[];
  headline: string;
  hasOrders: boolean;
  stats: Fact[];
  pageText: string;
  hasFitNote: boolean;
  fitNote: string;
  orders: OrderRow[];
  isEmpty: boolean;
  hasMore: boolean;
  moreTitle: string;
  moreData: ActionData;
  hasPrevious: boolean;
  previousTitle: string;
  previousData: ActionData;
  hasNarrowHint: boolean;
  narrowText: string;
}

const render = cardTemplate<SummaryView>(template);

/**
 * The answer to "orders for <customer>": who, which filters, how many (by status, by billing cycle, totals
 * by currency when prices were asked for), then one page of orders newest first and "Show more".
 */
export function ordersSummaryCard(input: OrdersSummaryInput, ctx: CardContext): AdaptiveCard {
  const l = localizerWith(localizer(ctx.locale), ordersStrings);
  const { s } = l;
  const total = input.orders.length;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(input.pageSize ?? MAX_PAGE_SIZE)));
  const requested = Math.max(0, Math.floor(input.offset) || 0);
  // Past the end (the list shrank since the button was made): show the last page.
  const offset = requested < total ? requested : Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
  const rows = Math.max(1, Math.min(pageSize, input.maxRows ?? pageSize));
  const page = newestFirst(input.orders).slice(offset, offset + rows);
  const end = offset + page.length;
  const trimmed = end < Math.min(offset + pageSize, total);
  const filters = filterFacts(l, input.filters, (input.prices ?? 'shown') === 'shown');
  const counts = countOrders(input.orders);
  const stale = staleNotice(l, input.staleAgeMs);
  const heading = customerHeading(input.customer);
  const range = { from: l.number(offset + 1), to: l.number(end), total: l.number(total) };
  const next = { from: l.number(end + 1), to: l.number(Math.min(end + pageSize, total)), total: range.total };
  const previousOffset = Math.max(0, offset - pageSize);
  const previous = { from: l.number(previousOffset + 1), to: l.number(offset), total: range.total };
  // Paging is for a few pages; past that, dates are the way to the orders one is after.
  const narrow = total > pageSize * NARROW_AFTER_PAGES && input.narrowExample !== undefined;
  // In a shared conversation the card everyone sees leaves every amount out (see PriceView).
  const view = input.prices ?? 'shown';
  const showMoney = view === 'shown';

  return render({
    t: s,
    title: heading.title,
    subtitle: heading.domain ? `${s.orders} · ${heading.domain}` : s.orders,
    tenantText: tenantText(l, input.customer),
    asOfText: asOfText(l, input.fetchedAt),
    refreshData: input.actions.refresh(),
    ...stale,
    ...pricesNote(l, view, hasMoney(input.filters.includePrices, input.orders), input.showPrices),
    ...portalButton(input.portalUrl),
    hasFilters: filters.length > 0,
    noFilters: filters.length === 0,
    filters,
    headline: `${l.count(s.ordersCount, total)} · ${l.count(s.pendingCount, counts.pending)}`,
    hasOrders: total > 0,
    stats: total > 0 ? statFacts(l, counts, input.filters.includePrices === true && showMoney) : [],
    pageText: fmt(s.pageRange, range),
    hasFitNote: trimmed,
    fitNote: trimmed ? fmt(s.trimmedToFit, { shown: l.number(page.length), total: range.total }) : '',
    orders: page.map((order) => orderRow(l, order, input, showMoney)),
    isEmpty: total === 0,
    hasMore: end < total,
    moreTitle: fmt(s.showMore, next),
    moreData: end < total ? input.actions.more(end) : {},
    hasPrevious: offset > 0,
    previousTitle: fmt(s.showPrevious, previous),
    previousData: offset > 0 ? input.actions.more(previousOffset) : {},
    hasNarrowHint: narrow,
    narrowText: narrow
      ? fmt(s.narrowByDate, { example: `“${plainText(input.narrowExample ?? '', 200)}”` })
      : '',
  });
}

/** Whether a list shows money when prices are shown: they were asked for, or Partner Center sent them anyway. */
export function hasMoney(includePrices: boolean | undefined, orders: readonly Order[]): boolean {
  return includePrices === true || orders.some((o) => typeof o.totalPrice === 'number');
}

/** Newest first by creation date; orders whose date cannot be read go last, in their given order. */
function newestFirst(orders: readonly Order[]): Order[] {
  const keyed = orders.map((order, index) => ({
    order,
    index,
    at: parsePartnerCenterDate(order.creationDate) ?? -Infinity,
  }));
  keyed.sort((a, b) => b.at - a.at || a.index - b.index);
  return keyed.map((k) => k.order);
}

interface OrderCounts {
  pending: number;
  /** Raw value (or canonical billing cycle) → count, in first-seen order. */
  byStatus: Map<string, number>;
  byCycle: Map<string, number>;
  totals: Map<string, { amount: number; code?: string | null; symbol?: string | null }>;
}

function countOrders(orders: readonly Order[]): OrderCounts {
  const counts: OrderCounts = { pending: 0, byStatus: new Map(), byCycle: new Map(), totals: new Map() };
  for (const order of orders) {
    if (squash(order.status ?? '') === 'pending') counts.pending += 1;
    bump(counts.byStatus, order.status ?? '');
    bump(counts.byCycle, normalizeBillingCycle(order.billingCycle) ?? order.billingCycle ?? '');
    // A cancelled order costs nothing: the totals add up what was bought.
    if (isCancelled(order)) continue;
    if (typeof order.totalPrice === 'number' && Number.isFinite(order.totalPrice)) {
      const key = order.currencyCode?.trim().toUpperCase() || order.currencySymbol || '';
      const sum = counts.totals.get(key);
      if (sum) sum.amount += order.totalPrice;
      else
        counts.totals.set(key, {
          amount: order.totalPrice,
          code: order.currencyCode,
          symbol: order.currencySymbol,
        });
    }
  }
  return counts;
}

function isCancelled(order: Order): boolean {
  const status = squash(order.status ?? '');
  return status === 'cancelled' || status === 'canceled';
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function statFacts(l: OrdersLocalizer, counts: OrderCounts, includePrices: boolean): Fact[] {
  const { s } = l;
  const facts: Fact[] = [
    { title: s.byStatus, value: breakdown(l, counts.byStatus, (v) => statusName(s, v)) },
    { title: s.byBillingCycle, value: breakdown(l, counts.byCycle, (v) => billingCycleName(s, v)) },
  ];
  if (includePrices) {
    const totals = [...counts.totals.values()].map((t) => l.money(t.amount, t.code, t.symbol));
    facts.push({ title: s.totalNotCancelled, value: totals.length > 0 ? totals.join(' · ') : s.notReturned });
  }
  return facts;
}

/** "Completed 1,100 · Pending 37", largest first; values with the same display name ("pending", "Pending") merge. */
function breakdown(l: OrdersLocalizer, counts: Map<string, number>, name: (value: string) => string): string {
  const merged = new Map<string, number>();
  for (const [value, n] of counts) {
    const label = name(value);
    merged.set(label, (merged.get(label) ?? 0) + n);
  }
  return [...merged]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${label} ${l.number(n)}`)
    .join(' · ');
}

function filterFacts(l: OrdersLocalizer, f: AppliedOrderFilters, showMoney: boolean): Fact[] {
  const { s } = l;
  const facts: Fact[] = [];
  if (f.billingCycle) facts.push({ title: s.billingCycle, value: billingCycleName(s, f.billingCycle) });
  if (f.status) facts.push({ title: s.status, value: statusName(s, f.status) });
  const reseller = f.resellerName || f.resellerId;
  if (reseller) facts.push({ title: s.reseller, value: plainText(reseller, MAX_FILTER) });
  if (f.since || f.until) facts.push({ title: s.created, value: createdRange(l, f.since, f.until) });
  if (f.product) facts.push({ title: s.product, value: `“${plainText(f.product, MAX_FILTER)}”` });
  if (f.includePrices) facts.push({ title: s.prices, value: showMoney ? s.included : s.pricesHiddenHere });
  if (f.includeSystemPurchases) facts.push({ title: s.systemPurchases, value: s.included });
  return facts;
}

function createdRange(l: OrdersLocalizer, since: string | undefined, until: string | undefined): string {
  const { s } = l;
  if (since && until) return fmt(s.createdBetween, { from: l.date(since), to: l.date(until) });
  if (since) return fmt(s.createdSince, { date: l.date(since) });
  return fmt(s.createdUntil, { date: l.date(until) });
}

function orderRow(l: OrdersLocalizer, order: Order, input: OrdersSummaryInput, showMoney: boolean): OrderRow {
  const { s } = l;
  const meta = [billingCycleName(s, order.billingCycle)];
  if (showMoney && typeof order.totalPrice === 'number') {
    meta.push(l.money(order.totalPrice, order.currencyCode, order.currencySymbol));
  }
  if (order.transactionType && squash(order.transactionType) !== 'userpurchase') {
    meta.push(transactionTypeName(s, order.transactionType));
  }
  const subscriptions = input.subscriptionsByOrder?.get(order.id);
  if (subscriptions) meta.push(subscriptionsSummary(l, subscriptions));

  const items = order.lineItems ?? [];
  const lines = items.slice(0, MAX_LINES).map((item) => ({
    text: `${plainText(item.friendlyName || item.offerId || MISSING, MAX_NAME)} × ${l.number(item.quantity ?? 0)}`,
  }));
  if (items.length > MAX_LINES)
    lines.push({ text: fmt(s.moreLines, { n: l.number(items.length - MAX_LINES) }) });

  return {
    heading: `${l.date(order.creationDate)} · ${plainInline(shortId(order.id))}`,
    idText: idText(s.orderIdLine, order.id),
    status: statusName(s, order.status),
    color: statusColor(order.status),
    meta: meta.join(' · '),
    lines,
    actions: rowActions(l, order, input, (subscriptions?.length ?? 0) > 0 || createsSubscriptions(order)),
  };
}

/** "2 subscriptions (1 Active, 1 Suspended)". */
function subscriptionsSummary(l: OrdersLocalizer, subscriptions: readonly Subscription[]): string {
  const count = l.count(l.s.subscriptionsCount, subscriptions.length);
  if (subscriptions.length === 0) return count;
  // Keyed by display name (so "active" and "Active" merge), keeping one raw status for its plural forms.
  const byStatus = new Map<string, { status?: string | null; n: number }>();
  for (const sub of subscriptions) {
    const label = statusName(l.s, sub.status);
    const entry = byStatus.get(label);
    if (entry) entry.n += 1;
    else byStatus.set(label, { status: sub.status, n: 1 });
  }
  const parts = [...byStatus].map(([label, { status, n }]) => statusCount(l, status, label, n));
  return fmt(l.s.withBreakdown, { count, parts: parts.join(l.s.listSeparator) });
}

interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
}

/** Details, Subscriptions (when the order created or creates any) and Watch (pending orders, when offered). */
function rowActions(
  l: OrdersLocalizer,
  order: Order,
  input: OrdersSummaryInput,
  hasSubscriptions: boolean,
): SubmitAction[] {
  const { s } = l;
  const actions: SubmitAction[] = [
    { type: 'Action.Submit', title: s.details, data: input.actions.details(order.id) },
  ];
  if (hasSubscriptions)
    actions.push({
      type: 'Action.Submit',
      title: s.subscriptions,
      data: input.actions.subscriptions(order.id),
    });
  const watch = watchButton(
    l.formatLocale,
    squash(order.status ?? '') === 'pending',
    order.id,
    input.actions.watch,
  );
  if (watch.hasWatch) actions.push({ type: 'Action.Submit', title: watch.watchTitle, data: watch.watchData });
  return actions;
}
