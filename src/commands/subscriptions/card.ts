import template from '../../../cards/subscriptions.json';
import { subscriptionsStrings, type SubscriptionsCardStrings } from './strings';
import { squash } from '../../partnercenter/billing-cycle';
import type { Subscription } from '../../partnercenter/models';
import {
  asOfText,
  customerHeading,
  idText,
  portalButton,
  quantityText,
  staleNotice,
  subscriptionName,
  tenantText,
  yesNo,
  type Fact,
} from '../../cards/common';
import {
  billingCycleName,
  billingTypeName,
  statusColor,
  statusName,
  type TextColor,
} from '../../cards/labels';
import { localizer, type Localizer } from '../../cards/locale';
import type { Strings } from '../../cards/strings';
import { ownWords } from '../../cards/strings/own';
import { cardTemplate } from '../../cards/templates';
import { plainInline } from '../../cards/plain-text';
import { fmt, MISSING, shortId } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext, CustomerRef } from '../../cards/types';

export interface SubscriptionsInput {
  customer: CustomerRef;
  orderId: string;
  subscriptions: Subscription[];
  actions: { details(orderId: string): ActionData; refresh(): ActionData };
  staleAgeMs?: number;
  /** When the data was loaded (ms since the epoch); now when absent. */
  fetchedAt?: number;
  /** Fewer rows, so that the card fits Teams' size limit (fitCard); the card says so. */
  maxRows?: number;
  /** A subscription's page in the Partner Center portal (each row's "Open in Partner Center"). */
  portalUrl?(subscriptionId: string): string | undefined;
}

/** Subscriptions shown; an order with more says how many were left out. */
export const MAX_SUBSCRIPTIONS = 20;

interface SubscriptionRowView {
  name: string;
  status: string;
  color: TextColor;
  idText: string;
  facts: Fact[];
  hasPortal: boolean;
  portalUrl: string;
}

interface SubscriptionsView {
  t: Strings;
  subtitle: string;
  tenantText: string;
  title: string;
  orderIdText: string;
  asOfText: string;
  refreshData: ActionData;
  hasStale: boolean;
  staleText: string;
  headline: string;
  isEmpty: boolean;
  subscriptions: SubscriptionRowView[];
  hasMore: boolean;
  moreText: string;
  detailsData: ActionData;
}

const render = cardTemplate<SubscriptionsView>(template);
type SubscriptionsWords = Strings & SubscriptionsCardStrings;

/** The subscriptions an order created: name, full id, coloured status, quantity, billing, renewal, dates. */
export function subscriptionsCard(input: SubscriptionsInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const s = ownWords(l.s, subscriptionsStrings);
  const subs = input.subscriptions;
  const heading = customerHeading(input.customer);
  const active = subs.filter((sub) => squash(sub.status ?? '') === 'active').length;
  const shown = Math.max(1, Math.min(MAX_SUBSCRIPTIONS, input.maxRows ?? MAX_SUBSCRIPTIONS));
  const more = { shown: l.number(shown), total: l.number(subs.length) };

  return render({
    t: s,
    subtitle: heading.domain ? `${heading.title} · ${heading.domain}` : heading.title,
    tenantText: tenantText(l, input.customer),
    title: fmt(s.subscriptionsTitle, { order: plainInline(shortId(input.orderId)) }),
    asOfText: asOfText(l, input.fetchedAt),
    refreshData: input.actions.refresh(),
    orderIdText: idText(s.orderIdLine, input.orderId),
    ...staleNotice(l, input.staleAgeMs),
    headline: `${l.count(s.subscriptionsCount, subs.length)} · ${l.count(s.activeCount, active)}`,
    isEmpty: subs.length === 0,
    subscriptions: subs
      .slice(0, shown)
      .map((sub) => ({ ...subscriptionView(l, s, sub), ...portalButton(input.portalUrl?.(sub.id)) })),
    hasMore: subs.length > shown,
    moreText: fmt(shown < MAX_SUBSCRIPTIONS ? s.trimmedToFit : s.showingFirst, more),
    detailsData: input.actions.details(input.orderId),
  });
}

function subscriptionView(
  l: Localizer,
  s: SubscriptionsWords,
  sub: Subscription,
): Omit<SubscriptionRowView, 'hasPortal' | 'portalUrl'> {
  const billing = [
    sub.billingCycle && billingCycleName(s, sub.billingCycle),
    sub.billingType && billingTypeName(s, sub.billingType),
  ];
  const facts: Fact[] = [
    { title: s.quantity, value: quantityText(l, sub.quantity, sub.unitType) },
    { title: s.billing, value: billing.filter(Boolean).join(' · ') || MISSING },
    { title: s.autoRenew, value: yesNo(l, sub.autoRenewEnabled) },
  ];
  if (sub.commitmentEndDate) facts.push({ title: s.commitmentEnd, value: l.date(sub.commitmentEndDate) });
  facts.push({ title: s.subscriptionCreated, value: l.date(sub.creationDate) });
  return {
    name: subscriptionName(sub),
    status: statusName(s, sub.status),
    color: statusColor(sub.status),
    idText: idText(fmt(s.labelled, { label: s.subscriptionId, value: '{id}' }), sub.id),
    facts,
  };
}
