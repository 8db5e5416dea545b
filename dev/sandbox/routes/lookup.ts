import type { FixtureCustomer } from '../fixtures/types';
import { customerNotFound } from '../http/errors';
import type { RequestContext } from '../router';

/** Customer ids in paths are GUIDs, matched case-insensitively. */
export function requireCustomer(ctx: RequestContext, customerId: string): FixtureCustomer {
  const record = ctx.fixtures.customerById.get(customerId.toLowerCase());
  if (!record) throw customerNotFound(customerId);
  return record;
}
