import type { z } from 'zod';
import { listRefSchema } from '../shared/list-ref';
import { oneOrderPayload } from '../shared/payload-fields';

/** `back`: the list the click came from (absent when typed), kept for the order card it links to. */
export const subscriptionsPayload = () =>
  oneOrderPayload('subscriptions').extend({ back: listRefSchema.optional() });

export type SubscriptionsCommand = z.infer<ReturnType<typeof subscriptionsPayload>>;
