import type { BillingCycle } from './models';

// Spellings seen across the docs, the .NET and Java clients and response bodies, compared
// lowercased with '_', '-' and spaces removed.
const CANONICAL: Record<string, BillingCycle> = {
  onetime: 'one_time',
  monthly: 'monthly',
  annual: 'annual',
  yearly: 'annual',
  none: 'none',
  triennial: 'triennial',
  biennial: 'biennial',
  unknown: 'unknown',
};

// What the documentation sends in the query string (seed 002: billingType=onetime).
const QUERY_SPELLING: Record<BillingCycle, string> = {
  one_time: 'onetime',
  monthly: 'monthly',
  annual: 'annual',
  none: 'none',
  triennial: 'triennial',
  biennial: 'biennial',
  unknown: 'unknown',
};

export function squash(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Maps any spelling (OneTime, one_time, one-time, "one time") to the canonical cycle, or undefined. */
export function normalizeBillingCycle(value: string | undefined | null): BillingCycle | undefined {
  if (!value) return undefined;
  return CANONICAL[squash(value)];
}

/** The spelling sent as `billingType=` to Partner Center. */
export function billingCycleQueryValue(cycle: BillingCycle): string {
  return QUERY_SPELLING[cycle];
}

export const BILLING_CYCLES: readonly BillingCycle[] = Object.values(CANONICAL).filter(
  (v, i, all) => all.indexOf(v) === i,
);
