// Display names and colours for Partner Center's open enums. A value the tables do not know is shown as
// it came (as plain text); it is never rejected.

import { normalizeBillingCycle, squash } from '../partnercenter/billing-cycle';
import type { Strings } from './strings';
import { plainText } from './plain-text';
import { lookup, MISSING } from './text';

export type TextColor = 'Good' | 'Warning' | 'Attention' | 'Default';

const MAX_ENUM = 40;

const STATUS_COLORS: Record<string, TextColor> = {
  completed: 'Good',
  active: 'Good',
  pending: 'Warning',
  cancelled: 'Attention',
  canceled: 'Attention',
  suspended: 'Attention',
  deleted: 'Attention',
  disabled: 'Attention',
  expired: 'Attention',
};

/** Colour of an order or subscription status: completed/active Good, pending Warning, ended Attention. */
export function statusColor(status: string | null | undefined): TextColor {
  return (status ? lookup(STATUS_COLORS, squash(status)) : undefined) ?? 'Default';
}

export function statusName(s: Strings, status: string | null | undefined): string {
  return enumName(s.statusNames, status, squash);
}

/** A status inside a sentence: "(agora pendente)", "era in sospeso dal"; unknown values as they came. */
export function statusInSentence(s: Strings, status: string | null | undefined): string {
  return enumName(s.statusInSentence, status, squash);
}

export function provisioningName(s: Strings, status: string | null | undefined): string {
  return enumName(s.provisioningStatuses, status, squash);
}

export function billingCycleName(s: Strings, cycle: string | null | undefined): string {
  return enumName(s.billingCycles, cycle, (v) => normalizeBillingCycle(v) ?? '');
}

export function billingTypeName(s: Strings, type: string | null | undefined): string {
  return enumName(s.billingTypes, type, squash);
}

export function transactionTypeName(s: Strings, type: string | null | undefined): string {
  return enumName(s.transactionTypes, type, squash);
}

function enumName(
  table: Readonly<Record<string, string>>,
  value: string | null | undefined,
  key: (value: string) => string,
): string {
  if (!value) return MISSING;
  return lookup(table, key(value)) ?? plainText(value, MAX_ENUM);
}
