// The sandbox's renewal calendar (issue 19): fixed when the sandbox starts (the anchor, its clock's "now"), so
// every customer's term ends, ends, scheduled changes and open windows lie in the 90 days after it; as the
// sandbox's clock moves on, terms renew (with their changes), windows open and close and subscriptions with
// auto-renew off expire. Each customer's calendar is built when first asked for and the most recent are kept,
// as the synthetic customers' data is. Deterministic: the same anchor gives the same calendar.
import { LRUCache } from 'lru-cache';
import type { Subscription } from '../../../src/partnercenter/models';
import type { FixtureCustomer, Fixtures } from '../fixtures/types';
import { renewalsOf, type CustomerRenewals } from './customer';
import { presentSubscription } from './view';

export interface RenewalCalendar {
  /** The sandbox clock's time at the start: what the calendar is placed relative to. */
  readonly anchor: number;
  /** The fixtures with every customer's renewal book (a new object: the shared fixtures stay as they are). */
  withRenewals(fixtures: Fixtures): Fixtures;
  /** The subscription as it stands now on the sandbox's clock (unplanned ones as they are). */
  present(customer: FixtureCustomer, subscription: Subscription): Subscription;
}

export function createRenewalCalendar(now: () => number = Date.now): RenewalCalendar {
  const anchor = now();
  const built = new LRUCache<string, CustomerRenewals>({ max: 512 });
  const bases = new Map<string, FixtureCustomer>();
  const of = (base: FixtureCustomer): CustomerRenewals => {
    const key = base.customer.id.toLowerCase();
    let renewals = built.get(key);
    if (!renewals) built.set(key, (renewals = renewalsOf(base, anchor)));
    return renewals;
  };
  return {
    anchor,
    withRenewals(fixtures) {
      const customers = fixtures.customers.map((base): FixtureCustomer => {
        bases.set(base.customer.id.toLowerCase(), base);
        // resellerIds kept: the IndirectReseller filter reads them instead of building every customer's orders.
        return { customer: base.customer, resellerIds: base.resellerIds, data: () => of(base).data };
      });
      return {
        ...fixtures,
        customers,
        customerById: new Map(customers.map((record) => [record.customer.id.toLowerCase(), record])),
      };
    },
    present(customer, subscription) {
      const base = bases.get(customer.customer.id.toLowerCase());
      const plan = base && of(base).plans.get(subscription.id.toLowerCase());
      return presentSubscription(subscription, plan, now());
    },
  };
}
