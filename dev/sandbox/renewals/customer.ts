// One customer's renewal calendar: a plan for each of its subscriptions that renews term by term (active
// new-commerce licences), its own subscriptions taking the roles of the mix where they fit, and a renewal book
// for the roles left. A customer that never bought anything stays as it is: nothing to renew.
import type { Subscription } from '../../../src/partnercenter/models';
import { indexed } from '../fixtures/customer-factory';
import { CONTOSO_TENANT_ID } from '../fixtures/ids';
import { Prng } from '../fixtures/prng';
import type { CustomerData, FixtureCustomer } from '../fixtures/types';
import { bookPurchaseTime, buildBook, drawnLine, type BookLine } from './book';
import { contosoBook, contosoBookBoughtAt, contosoBookOrderId } from './contoso';
import type { TermPlan } from './plan';
import {
  changeOf,
  hashOf,
  holderOf,
  naturalPlan,
  placeRole,
  purchaseTime,
  renewingMonths,
  ROLES,
} from './roles';

export interface CustomerRenewals {
  /** The customer's data with its renewal book's orders and subscriptions. */
  data: CustomerData;
  /** Term plans by lowercased subscription id. */
  plans: Map<string, TermPlan>;
}

/** Of the subscriptions placed as they were bought, this share renews with a scheduled change. */
const NATURAL_CHANGE_SHARE = 0.06;

export function renewalsOf(record: FixtureCustomer, anchor: number): CustomerRenewals {
  const id = record.customer.id;
  const base = record.data();
  const plans = new Map<string, TermPlan>();
  if (base.orders.length === 0) return { data: base, plans };
  const rng = new Prng(hashOf(`renewals:${id.toLowerCase()}`));
  const own: { s: Subscription; months: number; purchasedAt: number }[] = [];
  for (const s of base.subscriptions) {
    const months = renewingMonths(s);
    const purchasedAt = purchaseTime(s);
    if (months !== undefined && purchasedAt !== undefined) own.push({ s, months, purchasedAt });
  }
  const hand = id.toLowerCase() === CONTOSO_TENANT_ID;
  const lines: BookLine[] = hand ? contosoBook(anchor) : [];
  const taken = new Set<string>();
  for (const { role, months } of hand ? [] : ROLES) {
    let placed = false;
    for (const { s, months: term, purchasedAt } of own) {
      if (taken.has(s.id) || !months.includes(term)) continue;
      const plan = placeRole(role, holderOf(s, term, purchasedAt), anchor, rng);
      if (!plan) continue;
      plans.set(s.id.toLowerCase(), plan);
      taken.add(s.id);
      placed = true;
      break;
    }
    if (!placed) lines.push(drawnLine(role, anchor, rng));
  }
  for (const { s, months, purchasedAt } of own) {
    if (taken.has(s.id)) continue;
    const plan = naturalPlan(s.id, months, purchasedAt, s.autoRenewEnabled === true, anchor);
    if (plan.autoRenew && rng.chance(NATURAL_CHANGE_SHARE))
      plan.next = changeOf(holderOf(s, months, purchasedAt), rng);
    plans.set(s.id.toLowerCase(), plan);
  }
  if (lines.length === 0) return { data: base, plans };
  const boughtAt = hand ? contosoBookBoughtAt(anchor) : bookPurchaseTime(anchor, rng);
  const currency = base.orders[0]?.order.currencyCode ?? undefined;
  const book = buildBook(id, lines, boughtAt, currency, rng, hand ? contosoBookOrderId : undefined);
  for (const [subscriptionId, plan] of book.plans) plans.set(subscriptionId, plan);
  const data = indexed({
    orders: [...base.orders, ...book.orders],
    subscriptions: [...base.subscriptions, ...book.subscriptions],
  });
  return { data, plans };
}
