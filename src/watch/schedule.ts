// How often a watched customer's orders are read: new watches every minute, older ones less, up to every 15
// minutes. One orders list per customer serves all its watched orders, so a customer is as urgent as its
// youngest watch. Pure, with the clock passed in, so the bench can run it on a fake clock.
import type { Watch } from '../state/watch-store';

export const MIN_POLL_INTERVAL_MS = 60_000;
export const MAX_POLL_INTERVAL_MS = 15 * 60_000;

/** Age of a watch → how often it wants a look. */
const STEPS: readonly (readonly [maxAgeMs: number, intervalMs: number])[] = [
  [15 * 60_000, MIN_POLL_INTERVAL_MS],
  [60 * 60_000, 2 * 60_000],
  [3 * 60 * 60_000, 5 * 60_000],
  [12 * 60 * 60_000, 10 * 60_000],
];

export function pollInterval(ageMs: number): number {
  for (const [maxAge, interval] of STEPS) if (ageMs < maxAge) return interval;
  return MAX_POLL_INTERVAL_MS;
}

/** Customers whose orders are due a look now, most overdue first, with their watches. */
export function dueCustomers(
  watches: readonly Watch[],
  lastPolled: ReadonlyMap<string, number>,
  now: number,
): { customerId: string; watches: Watch[] }[] {
  const byCustomer = new Map<string, Watch[]>();
  for (const w of watches) {
    const list = byCustomer.get(w.customerId) ?? [];
    list.push(w);
    byCustomer.set(w.customerId, list);
  }
  const due: { customerId: string; watches: Watch[]; overdue: number }[] = [];
  for (const [customerId, list] of byCustomer) {
    const interval = Math.min(...list.map((w) => pollInterval(now - w.createdAt)));
    const last = lastPolled.get(customerId);
    // Never looked at by this poller: the last look was when its newest watch was made.
    const since = last ?? Math.max(...list.map((w) => w.createdAt));
    const overdue = now - since - interval;
    if (overdue >= 0) due.push({ customerId, watches: list, overdue });
  }
  return due
    .sort((a, b) => b.overdue - a.overdue)
    .map(({ customerId, watches: list }) => ({ customerId, watches: list }));
}

/**
 * At most this many provisioning reads per poller round, after the round's order lists: each costs a call per
 * order, so a watched order's provisioning is read on its own schedule (pollInterval of its age) only as far
 * as this allows.
 */
export const PROVISIONING_CHECKS_PER_ROUND = 2;
/** After Partner Center says that call needs App+User auth, the poller asks again this much later. */
export const APP_USER_RETRY_MS = 60 * 60_000;
