// A subscription's term plan: how long its terms are, when the current one ends, whether it renews (and with
// which scheduled changes), and when its purchase or renewal opened a cancellation window. From a plan and a
// time, termAt tells the term as it stands then: plans are fixed when the sandbox starts, and the calendar moves
// on with the sandbox's clock (terms renew, windows open and close, subscriptions with auto-renew off expire).
import type { BillingCycle } from '../../../src/partnercenter/models';
import type { Product } from '../fixtures/catalogue';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** New-commerce licences can be cancelled or reduced for 168 hours after a purchase or a renewal. */
export const WINDOW_MS = 168 * HOUR_MS;

/** What the next term changes: each field only when it changes. */
export interface NextTermPlan {
  months?: number;
  cycle?: BillingCycle;
  quantity?: number;
  product?: Product;
}

export interface TermPlan {
  /** The current term's length in months: 1, 12 or 36. */
  months: number;
  /** 00:00 UTC of the day after the current term's last day: when it renews (or ends), after the anchor. */
  renewsAt: number;
  autoRenew: boolean;
  /** The purchase (epoch ms): a first term's window counts from it. */
  purchasedAt: number;
  /** How long after 00:00 UTC its renewals are done (Partner Center takes up to 24 hours): windows count from then. */
  lagMs: number;
  next?: NextTermPlan;
  /** 0–99, from the id: picks this subscription's untidy spellings, the same every time. */
  style: number;
}

export interface TermNow {
  months: number;
  /** 00:00 UTC of the term's first day. */
  start: number;
  /** 00:00 UTC of the day after its last day. */
  renewsAt: number;
  /** When its cancellation window opened: the purchase, or the renewal done. */
  windowFrom: number;
  /** Ended at renewsAt without renewing (auto-renew off). */
  expired: boolean;
  /** Still scheduled for the next term. */
  next?: NextTermPlan;
  /** Applied at a renewal since the anchor. */
  applied?: NextTermPlan;
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Calendar months later (or earlier), the day clamped to the month's end as billing does: Jan 31 + 1 = Feb 28. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) + (ms - startOfDay(ms));
}

/** The smallest k >= 1 for which start + k terms is later than `after`. */
export function renewalsUntil(start: number, months: number, after: number): number {
  const monthsApart = (new Date(after).getUTCFullYear() - new Date(start).getUTCFullYear()) * 12;
  let k = Math.max(1, Math.floor(monthsApart / months) - 1);
  while (k > 1 && addMonths(start, (k - 1) * months) > after) k--;
  while (addMonths(start, k * months) <= after) k++;
  return k;
}

/** The first of start + k terms (k >= 1) later than `after`. */
export function firstRenewalAfter(start: number, months: number, after: number): number {
  return addMonths(start, renewalsUntil(start, months, after) * months);
}

export const TERM_MONTHS: Readonly<Record<string, number>> = { P1M: 1, P1Y: 12, P3Y: 36 };

export function termName(months: number): string {
  return months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`;
}

/** The term the plan's subscription is in at `now`. */
export function termAt(plan: TermPlan, now: number): TermNow {
  if (now < plan.renewsAt) {
    const start = addMonths(plan.renewsAt, -plan.months);
    const bought = plan.purchasedAt >= start;
    return {
      months: plan.months,
      start,
      renewsAt: plan.renewsAt,
      windowFrom: bought ? plan.purchasedAt : start + plan.lagMs,
      expired: false,
      next: plan.next,
    };
  }
  if (!plan.autoRenew) {
    const start = addMonths(plan.renewsAt, -plan.months);
    return { months: plan.months, start, renewsAt: plan.renewsAt, windowFrom: start, expired: true };
  }
  // Renewed at renewsAt, with the scheduled changes, and every term after that.
  const months = plan.next?.months ?? plan.months;
  const k = renewalsUntil(plan.renewsAt, months, now);
  const start = addMonths(plan.renewsAt, (k - 1) * months);
  return {
    months,
    start,
    renewsAt: addMonths(plan.renewsAt, k * months),
    windowFrom: start + plan.lagMs,
    expired: false,
    applied: plan.next,
  };
}
