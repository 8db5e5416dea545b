import type { z } from 'zod';
import { listRefSchema } from '../orders/payload';
import { oneOrderPayload } from '../payload-fields';

/** `back`: the list the click came from (absent when typed), kept for the order card it links to. */
export const subscriptionsPayload = () =>
  oneOrderPayload('subscriptions').extend({ back: listRefSchema.optional() });

export type SubscriptionsCommand = z.infer<ReturnType<typeof subscriptionsPayload>>;
