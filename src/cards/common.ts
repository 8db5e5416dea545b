// View-model pieces shared by several cards.

import { squash } from '../partnercenter/billing-cycle';
import type { Subscription } from '../partnercenter/models';
import type { Localizer } from './locale';
import { plainRun, plainText } from './plain-text';
import { fmt, lookup, MISSING } from './text';
import type { ActionData, CustomerRef, PriceView } from './types';

/** One row of a FactSet. */
export interface Fact {
  title: string;
  value: string;
}

const MAX_CUSTOMER = 100;

export function customerHeading(customer: CustomerRef): { title: string; domain: string } {
  return {
    title: plainText(customer.name || customer.domain || customer.id, MAX_CUSTOMER),
    domain: customer.domain ? plainText(customer.domain, MAX_CUSTOMER) : '',
  };
}

const MAX_ID = 100;

/**
 * "Order id: 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1" for a TextRun, which is not Markdown: the id is shown (and
 * selected, and copied) exactly, with no backslash escapes in any client. The label comes from the string
 * tables; the id is left as it is, on one line.
 */
export function idText(template: string, id: string): string {
  return fmt(template, { id: plainRun(id, MAX_ID) });
}

/** The customer's tenant id in full, on a subtle line: people paste it into tickets. */
export function tenantText(l: Localizer, customer: CustomerRef): string {
  return idText(l.s.tenantLine, customer.id);
}

/** "As of 1 Dec 2026, 03:40 UTC": when the data behind the card was loaded from Partner Center. */
export function asOfText(l: Localizer, fetchedAt: number | undefined): string {
  const at = fetchedAt !== undefined && Number.isFinite(fetchedAt) ? fetchedAt : Date.now();
  return fmt(l.s.asOf, { time: l.dateTime(new Date(at).toISOString()) });
}

/** "Showing data from 5 minutes ago…" when the answer came from the cache after an upstream failure. */
export function staleNotice(
  l: Localizer,
  staleAgeMs: number | undefined,
): { hasStale: boolean; staleText: string } {
  if (staleAgeMs === undefined || !Number.isFinite(staleAgeMs) || staleAgeMs < 0) {
    return { hasStale: false, staleText: '' };
  }
  return { hasStale: true, staleText: fmt(l.s.staleNotice, { ago: l.ago(staleAgeMs) }) };
}

const MAX_PRODUCT = 120;

/** A subscription's display name: its friendly name, else its offer name or id. */
export function subscriptionName(sub: Subscription): string {
  return plainText(sub.friendlyName || sub.offerName || sub.offerId || sub.id, MAX_PRODUCT);
}

/** "5 Licenses", "1 licença": known units translated with their plural; "none" is left out, others as sent. */
export function quantityText(
  l: Localizer,
  quantity: number | null | undefined,
  unitType?: string | null,
): string {
  const count = quantity ?? 0;
  const unit = unitType ? squash(unitType) : 'none';
  if (unit === 'none') return l.number(count);
  const forms = lookup(l.s.unitNames, unit);
  return forms ? l.count(forms, count) : `${l.number(count)} ${plainText(unitType ?? '', 40)}`;
}

/** "2 ativas", "1 Suspended": a count of a status with the status's own plural, else "n Label". */
export function statusCount(
  l: Localizer,
  status: string | null | undefined,
  label: string,
  n: number,
): string {
  const forms = lookup(l.s.statusCounts, squash(status ?? ''));
  return forms ? l.count(forms, n) : `${l.number(n)} ${label}`;
}

/** Partner Center sends an unknown flag as null or leaves it out: both are missing, not "no". */
export function yesNo(l: Localizer, value: boolean | null | undefined): string {
  return value == null ? MISSING : value ? l.s.yes : l.s.no;
}

/** The "Open in Partner Center" button (Action.OpenUrl): shown when the portal has a page for what the card shows. */
export function portalButton(url: string | undefined): { hasPortal: boolean; portalUrl: string } {
  return url ? { hasPortal: true, portalUrl: url } : { hasPortal: false, portalUrl: '' };
}

/** What a card with money says and offers when the conversation's card leaves the money out. */
export interface PricesNoteView {
  hasPricesNote: boolean;
  pricesNote: string;
  /** "Show prices to me" (Action.Execute): its answer is a priced view for whoever presses it. */
  hasShowPrices: boolean;
  showPricesData: ActionData;
}

/**
 * The note and button of a card whose money is left out (`view` not `shown`), when it has money to leave out;
 * `showPrices` is the data that runs its command again for one person's priced view.
 */
export function pricesNote(
  l: Localizer,
  view: PriceView,
  hasMoney: boolean,
  showPrices: ActionData | undefined,
): PricesNoteView {
  const none = { hasPricesNote: false, pricesNote: '', hasShowPrices: false, showPricesData: {} };
  if (view === 'shown' || !hasMoney) return none;
  if (view === 'onRequest' && showPrices) {
    return {
      hasPricesNote: true,
      pricesNote: fmt(l.s.pricesOnRequest, { button: l.s.showPricesToMe }),
      hasShowPrices: true,
      showPricesData: showPrices,
    };
  }
  return { ...none, hasPricesNote: true, pricesNote: l.s.pricesPersonalChatOnly };
}
