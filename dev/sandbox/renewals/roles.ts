// The renewal mix every customer with purchases has, relative to the sandbox's start (the anchor): a triennial
// and an annual term that renew within 90 days, one that ends (auto-renew off), one that renews with a scheduled
// change, one whose cancellation window is open now, and a monthly rollover. A role is given to one of the
// customer's own subscriptions when one fits; the renewal book (book.ts) adds one for each role left.
import type { BillingCycle, Subscription } from '../../../src/partnercenter/models';
import { licenceProducts, productNamed, productOfOffer, type Product } from '../fixtures/catalogue';
import type { Prng } from '../fixtures/prng';
import {
  addMonths,
  DAY_MS,
  firstRenewalAfter,
  HOUR_MS,
  startOfDay,
  TERM_MONTHS,
  WINDOW_MS,
  type NextTermPlan,
  type TermPlan,
} from './plan';

export type RenewalRole = 'triennial' | 'annual' | 'ends' | 'change' | 'window' | 'monthly';

/** The roles in the order they are given, each with the term lengths (months) a subscription may have for it. */
export const ROLES: readonly { role: RenewalRole; months: readonly number[] }[] = [
  { role: 'triennial', months: [36] },
  { role: 'annual', months: [12] },
  { role: 'ends', months: [12, 36, 1] },
  { role: 'change', months: [12, 1] },
  { role: 'window', months: [1, 12] },
  { role: 'monthly', months: [1] },
];

/** FNV-1a: a stable number from a text (ids pick their own styles and PRNG streams). */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export const styleOf = (id: string): number => hashOf(id.toLowerCase()) % 100;

/** Renewals are done some hours after 00:00 UTC (up to 24 h); the same lag for a subscription every time. */
const lagOf = (style: number): number => ((style * 37) % (20 * 60)) * 60_000;

/** The term length of a subscription that renews term by term: an active new-commerce licence. */
export function renewingMonths(s: Subscription): number | undefined {
  if ((s.status ?? '').toLowerCase() !== 'active' || (s.billingType ?? '').toLowerCase() !== 'license')
    return undefined;
  return TERM_MONTHS[(s.termDuration ?? '').toUpperCase()];
}

/** Partner Center's creation date of the subscription (seed 003's "06: 41: 12Z" too), or undefined. */
export function purchaseTime(s: Subscription): number | undefined {
  const ms = Date.parse((s.creationDate ?? '').replace(/:\s+/g, ':'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** What every plan of the subscription shares: its style, its renewal lag, its purchase. */
export function planBase(id: string, months: number, purchasedAt: number) {
  const style = styleOf(id);
  return { months, autoRenew: true, purchasedAt, lagMs: lagOf(style), style };
}

/** When a window that closes at `closesAt` opened: the purchase, or the renewal done on `renewed` after a lag. */
export function windowOpened(closesAt: number): { opened: number; renewed: number } {
  const opened = closesAt - WINDOW_MS;
  return { opened, renewed: startOfDay(opened) };
}

/** As bought: its terms follow its purchase date, and it renews (or ends) at the first term end after the anchor. */
export function naturalPlan(
  id: string,
  months: number,
  purchasedAt: number,
  autoRenew: boolean,
  anchor: number,
) {
  const style = styleOf(id);
  const plan: TermPlan = {
    months,
    renewsAt: firstRenewalAfter(startOfDay(purchasedAt), months, anchor),
    autoRenew,
    purchasedAt,
    lagMs: lagOf(style),
    style,
  };
  return plan;
}

export interface Holder {
  id: string;
  months: number;
  product?: Product;
  cycle: BillingCycle;
  quantity: number;
  purchasedAt: number;
}

/**
 * The plan that gives `holder` the role, relative to the anchor; undefined when the holder was bought too
 * recently for it (its current term would have begun before its purchase). A 'window' by purchase is a
 * subscription bought inside the last 168 hours (book.ts buys it).
 */
export function placeRole(
  role: RenewalRole,
  holder: Holder,
  anchor: number,
  rng: Prng,
  byPurchase = false,
): TermPlan | undefined {
  const day = startOfDay(anchor);
  const { months } = holder;
  const within = (min: number, max: number) =>
    day + rng.int(min, months === 1 ? Math.min(max, 28) : max) * DAY_MS;
  const base = planBase(holder.id, months, holder.purchasedAt);
  let plan: TermPlan;
  switch (role) {
    case 'triennial':
      plan = { ...base, renewsAt: within(5, 90) };
      break;
    case 'annual':
      plan = { ...base, renewsAt: within(10, 90) };
      break;
    case 'ends':
      plan = { ...base, renewsAt: within(3, 90), autoRenew: false };
      break;
    case 'change':
      plan = { ...base, renewsAt: within(2, 75), next: changeOf(holder, rng) };
      break;
    case 'monthly':
      plan = { ...base, renewsAt: within(1, 28) };
      break;
    case 'window': {
      // A third of the windows close within a day (the radar's "closing soon").
      const closesIn =
        (rng.chance(0.35) ? rng.int(2, 23) : rng.int(24, 160)) * HOUR_MS + rng.int(0, 59) * 60_000;
      const { opened, renewed } = windowOpened(anchor + closesIn);
      if (byPurchase) return { ...base, purchasedAt: opened, renewsAt: addMonths(renewed, months) };
      if (holder.purchasedAt > addMonths(renewed, -months)) return undefined;
      return { ...base, renewsAt: addMonths(renewed, months), lagMs: opened - renewed };
    }
  }
  return holder.purchasedAt <= addMonths(plan.renewsAt, -months) ? plan : undefined;
}

const UPGRADES: Readonly<Record<string, string>> = {
  'Exchange Online (Plan 1)': 'Microsoft 365 Business Basic',
  'Microsoft 365 Business Basic': 'Microsoft 365 Business Standard',
  'Microsoft 365 Business Standard': 'Microsoft 365 Business Premium',
  'Microsoft 365 Business Premium': 'Microsoft 365 E3',
  'Microsoft 365 E3': 'Microsoft 365 E5',
};

const triennialOk = (p: Product) => p.cycles.includes('triennial');

/** The product the next term moves to: the usual upgrade, else another licence that has the term. */
function otherProduct(product: Product | undefined, months: number, rng: Prng): Product {
  const upgrade = product && UPGRADES[product.name];
  if (upgrade && (months !== 36 || triennialOk(productNamed(upgrade)))) return productNamed(upgrade);
  const others = licenceProducts().filter((p) => p !== product && (months !== 36 || triennialOk(p)));
  return rng.pick(others);
}

function otherQuantity(quantity: number, rng: Prng): number {
  if (quantity > 1 && rng.chance(0.5)) return quantity - rng.int(1, Math.max(1, Math.floor(quantity / 2)));
  return quantity + rng.int(1, 25);
}

/** A scheduled change as partners make them: seats, the product, the term, the billing cycle, or several. */
export function changeOf(holder: Holder, rng: Prng): NextTermPlan {
  const { months, cycle, quantity, product } = holder;
  const kind = rng.weighted([
    ['quantity', 40],
    ['product', 20],
    ['term', 15],
    ['cycle', months === 1 ? 0 : 15],
    ['product and quantity', 10],
  ] as const);
  switch (kind) {
    case 'quantity':
      return { quantity: otherQuantity(quantity, rng) };
    case 'product':
      return { product: otherProduct(product, months, rng) };
    case 'product and quantity':
      return { product: otherProduct(product, months, rng), quantity: otherQuantity(quantity, rng) };
    case 'term': {
      // Monthly and triennial terms go annual; an annual one goes monthly, or triennial where the product has it.
      const longer = months === 12 && product !== undefined && triennialOk(product) && rng.chance(0.5);
      const next = months === 12 ? (longer ? 36 : 1) : 12;
      const nextCycle: BillingCycle | undefined =
        next === 1 ? 'monthly' : next === 12 && cycle === 'triennial' ? 'annual' : undefined;
      return nextCycle && nextCycle !== cycle ? { months: next, cycle: nextCycle } : { months: next };
    }
    case 'cycle': {
      const cycles: BillingCycle[] =
        months === 36 ? ['monthly', 'annual', 'triennial'] : ['monthly', 'annual'];
      return { cycle: rng.pick(cycles.filter((c) => c !== cycle)) };
    }
  }
}

/** The holder's facts, from a subscription the customer already has. */
export function holderOf(s: Subscription, months: number, purchasedAt: number): Holder {
  return {
    id: s.id,
    months,
    product: productOfOffer(s.offerId),
    cycle: (s.billingCycle ?? 'monthly') as BillingCycle,
    quantity: s.quantity ?? 1,
    purchasedAt,
  };
}
