// Field schemas shared by the click payloads of several commands. A command's type is inferred from its
// payload schema, so what a click may carry and what the handler takes are one definition.
import { z } from 'zod';
import { isPathSafeId } from '../../partnercenter/path-segment';

const text = z.string().trim().min(1).max(200);
// Order ids go into URL paths; customers may be tenant ids that do. A tampered `..` is refused here.
export const orderIdField = text.refine(isPathSafeId, 'not an id');
export const customerField = text.refine((v) => v !== '.' && v !== '..', 'not a customer');
export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Without `customer`, the id alone: its customer is found in the partner-wide index. */
export const oneOrderPayload = <K extends string>(kind: K) =>
  z.object({
    kind: z.literal(kind),
    customer: customerField.optional(),
    orderId: orderIdField,
    refresh: z.boolean().optional(),
  });

/** A command about one order of one customer (order, subscriptions). */
export type OneOrderCommand<K extends string> = z.infer<ReturnType<typeof oneOrderPayload<K>>>;
