import { z } from 'zod';
import { customerField, orderIdField } from '../shared/payload-fields';
import { CHANGE_VERBS } from './words';

/**
 * A request to change something ("cancel order X", "increase seats for contoso") or a question about a price
 * ("price of order X"): the bot only reads Partner Center, so it answers with what it can show instead.
 */
export const changeRequestPayload = () =>
  z
    .object({
      kind: z.literal('change-request'),
      asks: z.enum(['change', 'price']),
      /** The change word as typed ("cancel"); none for a price question. */
      verb: z.enum(CHANGE_VERBS).optional(),
      orderId: orderIdField.optional(),
      subscriptionId: orderIdField.optional(),
      customer: customerField.optional(),
    })
    .strict();

export type ChangeRequestCommand = z.infer<ReturnType<typeof changeRequestPayload>>;
