// Field schemas shared by the click payloads of several commands.
import { z } from 'zod';
import { isPathSafeId } from '../../partnercenter/path-segment';

const text = z.string().trim().min(1).max(200);
// Order ids go into URL paths; customers may be tenant ids that do. A tampered `..` is refused here.
export const orderIdField = text.refine(isPathSafeId, 'not an id');
export const customerField = text.refine((v) => v !== '.' && v !== '..', 'not a customer');
export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A command about one order of one customer (order, subscriptions). */
export interface OneOrderCommand<K extends string> {
  kind: K;
  customer: string;
  orderId: string;
  refresh?: boolean;
}

export const oneOrderPayload = <K extends string>(kind: K) =>
  z.object({
    kind: z.literal(kind),
    customer: customerField,
    orderId: orderIdField,
    refresh: z.boolean().optional(),
  });
