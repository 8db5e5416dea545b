import type { z } from 'zod';
import { listRefSchema } from '../shared/list-ref';
import { oneOrderPayload, orderIdField } from '../shared/payload-fields';

/**
 * `back`: the list the click came from (absent when typed), kept for the order card it links to.
 * `subscriptionId`: the subscription asked about by its id (listed first).
 */
export const subscriptionsPayload = () =>
  oneOrderPayload('subscriptions').extend({
    back: listRefSchema.optional(),
    subscriptionId: orderIdField.optional(),
  });

export type SubscriptionsCommand = z.infer<ReturnType<typeof subscriptionsPayload>>;
