// View-model pieces shared by several cards.

import { squash } from '../partnercenter/billing-cycle';
import type { Subscription } from '../partnercenter/models';
import type { Localizer } from './locale';
import { plainText } from './plain-text';
import { fmt, lookup, MISSING } from './text';
import type { CustomerRef } from './types';

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

/** The customer's tenant id in full, on a subtle line: people paste it into tickets. */
export function tenantText(l: Localizer, customer: CustomerRef): string {
  return fmt(l.s.tenantLine, { id: plainText(customer.id, MAX_ID) });
}

/** A full id (order, subscription) as literal text: never shortened, it is what a ticket needs. */
export function fullId(id: string): string {
  return plainText(id, MAX_ID);
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
