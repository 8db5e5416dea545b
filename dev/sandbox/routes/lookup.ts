import type { FixtureCustomer } from '../fixtures/types';
import { customerNotFound } from '../http/errors';
import type { RouteContext } from '../router';

/** Customer ids in paths are GUIDs, matched case-insensitively. */
export function requireCustomer(ctx: RouteContext, customerId: string): FixtureCustomer {
  const record = ctx.fixtures.customerById.get(customerId.toLowerCase());
  if (!record) throw customerNotFound(customerId);
  return record;
}
