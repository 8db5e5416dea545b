import { wireBillingCycle } from './billing-type';
import type { FixtureOrder } from '../fixtures/types';
import { badRequest } from '../http/errors';
import type { QueryParams } from '../http/query';

export interface SandboxOrderQuery {
  includePrice: boolean;
  matches(order: FixtureOrder): boolean;
}

const SYSTEM_TRANSACTIONS = new Set(['systempurchase', 'systembilling']);

/** Booleans bind like ASP.NET's: true or false, any case; anything else is a 400. */
export function parseFlag(query: QueryParams, name: string): boolean {
  const value = query.get(name);
  if (value === undefined || value === '') return false;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  throw badRequest(`Invalid value for ${name}: ${value}.`);
}

/**
 * The filters of GET /customers/{id}/orders (seeds 002 and 004). billingType accepts every spelling
 * clients send (onetime, one_time, OneTime, one-time, ...), compared as the server's enum binding does.
 */
export function parseOrderQuery(query: QueryParams): SandboxOrderQuery {
  const billingType = query.get('billingType');
  const cycle = billingType ? wireBillingCycle(billingType) : undefined;
  if (billingType && !cycle) throw badRequest(`Invalid billing cycle type: ${billingType}.`);
  const resellerId = query.get('indirect_reseller_id')?.toLowerCase() || undefined;
  const includePrice = parseFlag(query, 'include_price');
  const includeSystem = parseFlag(query, 'include_system_purchases');
  return {
    includePrice,
    matches: ({ order, resellerId: placedBy }) =>
      (!cycle || wireBillingCycle(order.billingCycle) === cycle) &&
      (!resellerId || placedBy?.toLowerCase() === resellerId) &&
      (includeSystem || !SYSTEM_TRANSACTIONS.has((order.transactionType ?? '').toLowerCase())),
  };
}
