// Subscriptions as Partner Center lists them, placed relative to NOW (Thursday 15 January 2026, 12:00 UTC): a
// term that ends in `days`, a window that closes in `windowHours`, what the next term changes. Made into the
// index's records the way the crawler makes them.
import type { Subscription } from '../../src/partnercenter/models';

export const NOW = Date.parse('2026-01-15T12:00:00Z');
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
const TODAY = Math.floor(NOW / DAY) * DAY;

export interface Planned {
  id: string;
  name?: string;
  /** Its term's last day, days after today. */
  days: number;
  term?: string;
  cycle?: string;
  qty?: number;
  autoRenew?: boolean;
  status?: string;
  order?: string;
  /** Its window closes this many hours after NOW (negative: it closed). */
  windowHours?: number;
  /** Bought this many hours before NOW (default: two years ago). */
  boughtHoursAgo?: number;
  refundable?: number;
  next?: { quantity?: number; termDuration?: string; billingCycle?: string; productId?: string };
}

export function planned(p: Planned): Subscription {
  const created = NOW - (p.boughtHoursAgo ?? 2 * 365 * 24) * HOUR;
  const s: Record<string, unknown> = {
    id: p.id,
    offerId: 'CFQ7TTC0LF8Q:0001:CFQ7TTC0LF8QAV01',
    friendlyName: p.name ?? `Subscription ${p.id}`,
    quantity: p.qty ?? 10,
    status: p.status ?? 'active',
    billingCycle: p.cycle ?? 'annual',
    termDuration: p.term ?? 'P1Y',
    autoRenewEnabled: p.autoRenew ?? true,
    creationDate: new Date(created).toISOString(),
    commitmentEndDate: `${new Date(TODAY + p.days * DAY).toISOString().slice(0, 10)}T00:00:00Z`,
    orderId: p.order,
    cancellationAllowedUntilDate:
      p.windowHours === undefined ? null : new Date(NOW + p.windowHours * HOUR).toISOString(),
  };
  if (p.refundable !== undefined) s.refundableQuantity = { totalQuantity: p.refundable, details: [] };
  if (p.next) {
    const { productId, billingCycle, termDuration, quantity } = p.next;
    s.scheduledNextTermInstructions = {
      product: {
        productId: productId ?? 'CFQ7TTC0LF8Q',
        skuId: '0001',
        billingCycle: billingCycle ?? p.cycle ?? 'annual',
        termDuration: termDuration ?? p.term ?? 'P1Y',
      },
      quantity: quantity ?? p.qty ?? 10,
    };
  }
  return s as Subscription;
}
