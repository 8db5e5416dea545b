import { z } from 'zod';
import { customerField, orderIdField } from '../payload-fields';

export interface SubscriptionsCommand {
  kind: 'subscriptions';
  customer: string;
  orderId: string;
  refresh?: boolean;
}

export const subscriptionsPayload = () =>
  z.object({
    kind: z.literal('subscriptions'),
    customer: customerField,
    orderId: orderIdField,
    refresh: z.boolean().optional(),
  });
