import { z } from 'zod';
import { customerField, orderIdField } from '../shared/payload-fields';

/** "watch order <id> for <customer>", or without an id, every order of the customer pending now. */
export const watchPayload = () =>
  z.object({ kind: z.literal('watch'), customer: customerField, orderId: orderIdField.optional() });

export type WatchCommand = z.infer<ReturnType<typeof watchPayload>>;
