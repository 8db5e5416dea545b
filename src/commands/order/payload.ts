import { z } from 'zod';
import { customerField, orderIdField } from '../payload-fields';

export interface OrderCommand {
  kind: 'order';
  customer: string;
  orderId: string;
  refresh?: boolean;
}

export const orderPayload = () =>
  z.object({
    kind: z.literal('order'),
    customer: customerField,
    orderId: orderIdField,
    refresh: z.boolean().optional(),
  });
