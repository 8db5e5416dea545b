// The renewal book: the subscriptions a customer needs for the roles its own subscriptions could not take, bought
// as real ones are, in orders of their own (one per billing cycle, long enough ago for a three-year term to be
// ending now; a purchase of the last 168 hours in an order of its own). Their term plans come with them.
import type { BillingCycle, Subscription } from '../../../src/partnercenter/models';
import { licenceProducts, type Product } from '../fixtures/catalogue';
import { EUR, GBP, USD, type Currency } from '../fixtures/money';
import { buildOrder, type BuiltOrder, type OrderSpec } from '../fixtures/order-factory';
import type { Prng } from '../fixtures/prng';
import type { FixtureOrder } from '../fixtures/types';
import { DAY_MS, HOUR_MS, termName, type TermPlan } from './plan';
import { placeRole, type RenewalRole } from './roles';

export interface BookLine {
  role: RenewalRole;
  product: Product;
  months: number;
  cycle: BillingCycle;
  quantity: number;
  /** Fixed for hand-written books (Contoso's); drawn otherwise. */
  subscriptionId?: string;
  /** Bought within the last 168 hours, so its window is open from the purchase. */
  recent: boolean;
  /** Fills in the plan once the line has its id and purchase time. */
  plan(id: string, purchasedAt: number): TermPlan;
}

export interface Book {
  orders: FixtureOrder[];
  subscriptions: Subscription[];
  plans: Map<string, TermPlan>;
}

const CURRENCIES: Readonly<Record<string, Currency>> = { USD, EUR, GBP };

/** When the book's older orders were placed: long enough ago for a three-year term to end within 90 days. */
export function bookPurchaseTime(anchor: number, rng: Prng): number {
  return anchor - rng.int(1_100, 1_500) * DAY_MS + rng.int(8, 18) * HOUR_MS + rng.int(0, 3_599) * 1000;
}

/** A line the role needs, of a product, term and cycle drawn as a partner's catalogue would. */
export function drawnLine(role: RenewalRole, anchor: number, rng: Prng): BookLine {
  const months: number = {
    triennial: 36,
    annual: 12,
    ends: rng.chance(0.25) ? 36 : 12,
    change: rng.chance(0.3) ? 1 : 12,
    window: rng.chance(0.5) ? 1 : 12,
    monthly: 1,
  }[role];
  const candidates = licenceProducts().filter((p) => months !== 36 || p.cycles.includes('triennial'));
  const product = rng.pick(candidates);
  const cycle: BillingCycle =
    months === 1
      ? 'monthly'
      : rng.weighted<BillingCycle>(
          months === 36
            ? [
                ['annual', 5],
                ['triennial', 3],
                ['monthly', 2],
              ]
            : [
                ['annual', 6],
                ['monthly', 4],
              ],
        );
  const quantity = rng.chance(0.8) ? rng.int(1, 50) : rng.int(51, 300);
  const recent = role === 'window' && rng.chance(0.5);
  return {
    role,
    product,
    months,
    cycle,
    quantity,
    recent,
    plan: (id, purchasedAt) =>
      placeRole(role, { id, months, product, cycle, quantity, purchasedAt }, anchor, rng, recent)!,
  };
}

/**
 * The book's orders and subscriptions, with their plans. A recent line's purchase time comes from its plan
 * (when its window closes); the others were bought at `boughtAt`. `orderId` names an order by its key
 * (`monthly`, `annual`, ... or `recent`) for hand-written books.
 */
export function buildBook(
  customerId: string,
  lines: readonly BookLine[],
  boughtAt: number,
  currencyCode: string | undefined,
  rng: Prng,
  orderId: (key: string) => string = () => rng.orderId(),
): Book {
  const book: Book = { orders: [], subscriptions: [], plans: new Map() };
  const groups = new Map<string, BookLine[]>();
  for (const line of lines) {
    const key = line.recent ? 'recent' : line.cycle;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const [key, group] of groups) {
    const ids = group.map((line) => line.subscriptionId ?? rng.guid());
    // A recent purchase: when it was bought is where its window, already drawn, says.
    const plans = group.map((line, i) => line.plan(ids[i]!, boughtAt));
    const createdMs = key === 'recent' ? plans[0]!.purchasedAt : boughtAt;
    const spec: OrderSpec = {
      id: orderId(key),
      customerId,
      cycle: group[0]!.cycle,
      status: 'completed',
      createdMs,
      currency: CURRENCIES[currencyCode ?? ''] ?? USD,
      transactionType: 'UserPurchase',
      lines: group.map((line, i) => ({
        product: line.product,
        quantity: line.quantity,
        termDuration: termName(line.months),
        subscriptionId: ids[i],
      })),
      discount: 0,
      prorate: 1,
    };
    const built: BuiltOrder = buildOrder(spec, rng);
    book.orders.push(built.fixture);
    built.subscriptions.forEach((s, i) => {
      const plan = { ...plans[i]!, purchasedAt: createdMs };
      book.plans.set(s.id.toLowerCase(), plan);
      book.subscriptions.push({ ...s, status: 'active', autoRenewEnabled: plan.autoRenew });
    });
  }
  return book;
}
