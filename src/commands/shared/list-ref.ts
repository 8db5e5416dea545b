// The filters of an order list and the reference a one-order card keeps to its list ("Back to orders"):
// shared by the orders, order and subscriptions commands and by the parser.
import { z } from 'zod';
import { BILLING_CYCLES } from '../../partnercenter/billing-cycle';
import { dayField } from './payload-fields';

export const offsetField = z.number().int().min(0).max(100_000);

/** Filters on an orders query as typed. Partner Center filters by cycle and reseller; the rest are applied locally. */
export const filtersSchema = z
  .object({
    billingCycle: z.enum(BILLING_CYCLES).optional(),
    /** Canonical order status: completed, pending, cancelled (or another value as typed). */
    status: z.string().max(40).optional(),
    /** Inclusive UTC day bounds, yyyy-mm-dd. */
    since: dayField.optional(),
    until: dayField.optional(),
    /** A word matched against line-item names, case-insensitive. */
    product: z.string().max(100).optional(),
    /** Reseller as typed: a GUID id or a name to resolve through the indirect-reseller relationships. */
    reseller: z.string().max(200).optional(),
    includePrices: z.boolean().optional(),
    includeSystemPurchases: z.boolean().optional(),
  })
  .strict();

export type OrderFilters = z.infer<typeof filtersSchema>;

/** The list a one-order card came from, so "Back to orders" returns to it with its filters and page. */
export const listRefSchema = z.object({ filters: filtersSchema, offset: offsetField.optional() }).strict();

export type OrdersListRef = z.infer<typeof listRefSchema>;
