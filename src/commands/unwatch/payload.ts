import { z } from 'zod';
import { orderIdField } from '../shared/payload-fields';

/** "unwatch <order id>", or without an id ("unwatch all"), every watch of this conversation. */
export const unwatchPayload = () =>
  z.object({ kind: z.literal('unwatch'), orderId: orderIdField.optional() });

export type UnwatchCommand = z.infer<ReturnType<typeof unwatchPayload>>;
