// The sandbox's own reading of `billingType=` and of the cycles in its fixtures, written apart from the bot's
// client on purpose: if the two disagree about Partner Center's spellings, the tests see it.

/** Cycles as response bodies spell them. */
export type WireBillingCycle =
  'monthly' | 'annual' | 'one_time' | 'none' | 'triennial' | 'biennial' | 'unknown';

// The server binds the query value to its BillingCycleType enum: names in any case, with or without '_' or
// '-' (the docs send onetime, .NET OneTime, Java one_time), and "yearly" as some clients say.
const SPELLINGS: Record<string, WireBillingCycle> = {
  monthly: 'monthly',
  annual: 'annual',
  yearly: 'annual',
  onetime: 'one_time',
  none: 'none',
  triennial: 'triennial',
  biennial: 'biennial',
  unknown: 'unknown',
};

// The REST reference types billingType as int32: the server also binds the enum's numbers, which the .NET SDK's
// Microsoft.Store.PartnerCenter.Models.Offers.BillingCycleType gives as Unknown 0, Monthly 1, Annual 2, None 3,
// OneTime 4, Triennial 5, Biennial 6.
const NUMBERS: readonly WireBillingCycle[] = [
  'unknown',
  'monthly',
  'annual',
  'none',
  'one_time',
  'triennial',
  'biennial',
];

/** The cycle a query value or a fixture's billingCycle names, or undefined when the server would refuse it. */
export function wireBillingCycle(value: string | undefined): WireBillingCycle | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return NUMBERS[Number(value)];
  const key = value.toLowerCase().replace(/[\s_-]+/g, '');
  return Object.hasOwn(SPELLINGS, key) ? SPELLINGS[key] : undefined;
}
