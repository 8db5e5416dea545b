// The filters of an order list and the reference a one-order card keeps to its list ("Back to orders"):
// shared by the orders, order and subscriptions commands and by the parser.
import { z } from 'zod';
import type { BillingCycle } from '../../partnercenter/models';
import { dayField } from './payload-fields';

/** Filters on an orders query as typed. Partner Center filters by cycle and reseller; the rest are applied locally. */
export interface OrderFilters {
  billingCycle?: BillingCycle;
  /** Canonical order status: completed, pending, cancelled (or another value as typed). */
  status?: string;
  /** Inclusive UTC day bounds, yyyy-mm-dd. */
  since?: string;
  until?: string;
  /** A word matched against line-item names, case-insensitive. */
  product?: string;
  /** Reseller as typed: a GUID id or a name to resolve through the indirect-reseller relationships. */
  reseller?: string;
  includePrices?: boolean;
  includeSystemPurchases?: boolean;
}

export const filtersSchema = z
  .object({
    billingCycle: z
      .enum(['monthly', 'annual', 'one_time', 'none', 'triennial', 'biennial', 'unknown'])
      .optional(),
    status: z.string().max(40).optional(),
    since: dayField.optional(),
    until: dayField.optional(),
    product: z.string().max(100).optional(),
    reseller: z.string().max(200).optional(),
    includePrices: z.boolean().optional(),
    includeSystemPurchases: z.boolean().optional(),
  })
  .strict();

/** The list a one-order card came from, so "Back to orders" returns to it with its filters and page. */
export interface OrdersListRef {
  filters: OrderFilters;
  offset?: number;
}

export const listRefSchema = z
  .object({ filters: filtersSchema, offset: z.number().int().min(0).max(100_000).optional() })
  .strict();
