import { z } from 'zod';
import { filtersSchema, type OrderFilters } from '../shared/list-ref';
import { customerField } from '../shared/payload-fields';

export type { OrderFilters };

export interface OrdersCommand {
  kind: 'orders';
  customer: string;
  filters: OrderFilters;
  offset?: number;
  refresh?: boolean;
}

export const ordersPayload = () =>
  z.object({
    kind: z.literal('orders'),
    customer: customerField,
    filters: filtersSchema,
    offset: z.number().int().min(0).max(100_000).optional(),
    refresh: z.boolean().optional(),
  });
