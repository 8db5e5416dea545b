// Contoso's renewal book, written by hand so tests and demos can name what they expect: relative to the day the
// sandbox started (D), two terms renew (E3 triennial on D+45, E5 annual on D+20), two end (Copilot on D+12,
// Defender triennial on D+80), two renew with scheduled changes (Business Standard ×60 → Business Premium ×45
// on D+33; Dynamics 365 Sales P1Y billed monthly → P3Y billed annually on D+60), and three windows are open
// (Business Basic's renewal closes 5 h after the start, Exchange Online's renewal 50 h after, Visio's purchase
// 148 h after). Contoso's own subscriptions (Business Premium, Teams Phone, Power BI) follow their purchase dates.
import type { BillingCycle } from '../../../src/partnercenter/models';
import { productNamed } from '../fixtures/catalogue';
import {
  CONTOSO_RENEWAL_ORDER_IDS as ORDERS,
  CONTOSO_RENEWAL_SUBSCRIPTION_IDS as SUBS,
} from '../fixtures/ids';
import type { BookLine } from './book';
import { addMonths, DAY_MS, HOUR_MS, startOfDay, type NextTermPlan, type TermPlan } from './plan';
import { planBase, windowOpened, type RenewalRole } from './roles';

/** Contoso's book orders were placed 1,200 days before the sandbox started, at 09:41:07 UTC. */
export const contosoBookBoughtAt = (anchor: number): number =>
  startOfDay(anchor) - 1_200 * DAY_MS + (9 * 60 + 41) * 60_000 + 7_000;

interface RenewalLine {
  role: RenewalRole;
  product: string;
  months: number;
  cycle: BillingCycle;
  quantity: number;
  id: string;
  /** Renews (or ends) this many days after the start day. */
  inDays?: number;
  autoRenew?: boolean;
  next?: NextTermPlan;
  /** Its window closes this many hours after the start: opened by a renewal, or by the purchase when `bought`. */
  closesInHours?: number;
  bought?: boolean;
}

const LINES: readonly RenewalLine[] = [
  {
    role: 'triennial',
    product: 'Microsoft 365 E3',
    months: 36,
    cycle: 'annual',
    quantity: 120,
    id: SUBS.e3Triennial,
    inDays: 45,
  },
  {
    role: 'annual',
    product: 'Microsoft 365 E5',
    months: 12,
    cycle: 'annual',
    quantity: 40,
    id: SUBS.e5Annual,
    inDays: 20,
  },
  {
    role: 'ends',
    product: 'Microsoft 365 Copilot',
    months: 12,
    cycle: 'monthly',
    quantity: 25,
    id: SUBS.copilotEnds,
    inDays: 12,
    autoRenew: false,
  },
  {
    role: 'ends',
    product: 'Microsoft Defender for Endpoint P2',
    months: 36,
    cycle: 'annual',
    quantity: 120,
    id: SUBS.defenderEnds,
    inDays: 80,
    autoRenew: false,
  },
  {
    role: 'change',
    product: 'Microsoft 365 Business Standard',
    months: 12,
    cycle: 'annual',
    quantity: 60,
    id: SUBS.standardToPremium,
    inDays: 33,
    next: { product: productNamed('Microsoft 365 Business Premium'), quantity: 45 },
  },
  {
    role: 'change',
    product: 'Dynamics 365 Sales Enterprise',
    months: 12,
    cycle: 'monthly',
    quantity: 10,
    id: SUBS.salesToTriennial,
    inDays: 60,
    next: { months: 36, cycle: 'annual' },
  },
  {
    role: 'window',
    product: 'Microsoft 365 Business Basic',
    months: 12,
    cycle: 'annual',
    quantity: 200,
    id: SUBS.basicClosingWindow,
    closesInHours: 5,
  },
  {
    role: 'window',
    product: 'Exchange Online (Plan 1)',
    months: 1,
    cycle: 'monthly',
    quantity: 15,
    id: SUBS.exchangeRenewedWindow,
    closesInHours: 50,
  },
  {
    role: 'window',
    product: 'Visio Plan 2',
    months: 1,
    cycle: 'monthly',
    quantity: 5,
    id: SUBS.visioPurchased,
    closesInHours: 148,
    bought: true,
  },
];

function planOf(line: RenewalLine, anchor: number, purchasedAt: number): TermPlan {
  const base = planBase(line.id, line.months, purchasedAt);
  if (line.closesInHours === undefined) {
    const renewsAt = startOfDay(anchor) + (line.inDays ?? 0) * DAY_MS;
    return { ...base, renewsAt, autoRenew: line.autoRenew ?? true, next: line.next };
  }
  const { opened, renewed } = windowOpened(anchor + line.closesInHours * HOUR_MS);
  const renewsAt = addMonths(renewed, line.months);
  return line.bought
    ? { ...base, purchasedAt: opened, renewsAt }
    : { ...base, renewsAt, lagMs: opened - renewed };
}

export function contosoBook(anchor: number): BookLine[] {
  return LINES.map((line) => ({
    role: line.role,
    product: productNamed(line.product),
    months: line.months,
    cycle: line.cycle,
    quantity: line.quantity,
    subscriptionId: line.id,
    recent: line.bought === true,
    plan: (_id, purchasedAt) => planOf(line, anchor, purchasedAt),
  }));
}

/** The order of each group of Contoso's book (see buildBook's keys). */
export function contosoBookOrderId(key: string): string {
  return key === 'recent' ? ORDERS.recent : key === 'monthly' ? ORDERS.monthly : ORDERS.annual;
}
