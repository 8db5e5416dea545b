import { z } from 'zod';
import { customerField, orderIdField } from '../shared/payload-fields';

/**
 * "watch order <id> for <customer>", or without an id, every order of the customer pending now. Without a
 * customer, the id alone: its customer is found in the partner-wide index.
 */
export const watchPayload = () =>
  z.object({
    kind: z.literal('watch'),
    customer: customerField.optional(),
    orderId: orderIdField.optional(),
  });

export type WatchCommand = z.infer<ReturnType<typeof watchPayload>>;
