import { z } from 'zod';
import { customerField, orderIdField } from '../shared/payload-fields';

/** "watch order <id> for <customer>", or without an id, every order of the customer pending now. */
export interface WatchCommand {
  kind: 'watch';
  customer: string;
  orderId?: string;
}

export const watchPayload = () =>
  z.object({ kind: z.literal('watch'), customer: customerField, orderId: orderIdField.optional() });
