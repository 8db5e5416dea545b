import { realDataCustomers } from '../real-data';
import type { FixtureCustomer } from '../fixtures/types';
import { customerNotFound } from '../http/errors';
import type { RouteContext } from '../router';

/** Every customer, with the realData knob's extra ones when it is on. */
export function customersOf(ctx: RouteContext): readonly FixtureCustomer[] {
  return ctx.realData ? [...ctx.fixtures.customers, ...realDataCustomers()] : ctx.fixtures.customers;
}

/** Customer ids in paths are GUIDs, matched case-insensitively. */
export function requireCustomer(ctx: RouteContext, customerId: string): FixtureCustomer {
  const key = customerId.toLowerCase();
  const record =
    ctx.fixtures.customerById.get(key) ??
    (ctx.realData ? realDataCustomers().find((c) => c.customer.id === key) : undefined);
  if (!record) throw customerNotFound(customerId);
  return record;
}
