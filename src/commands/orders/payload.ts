import { z } from 'zod';
import { filtersSchema, offsetField, type OrderFilters } from '../shared/list-ref';
import { customerField } from '../shared/payload-fields';

export type { OrderFilters };

export const ordersPayload = () =>
  z.object({
    kind: z.literal('orders'),
    customer: customerField,
    filters: filtersSchema,
    offset: offsetField.optional(),
    refresh: z.boolean().optional(),
  });

export type OrdersCommand = z.infer<ReturnType<typeof ordersPayload>>;
