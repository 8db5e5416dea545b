import type { OrdersListRef } from '../orders/payload';
import { listRefSchema } from '../orders/payload';
import { oneOrderPayload, type OneOrderCommand } from '../payload-fields';

/** `back`: the list the click came from (absent when typed), kept for the order card it links to. */
export type SubscriptionsCommand = OneOrderCommand<'subscriptions'> & { back?: OrdersListRef };

export const subscriptionsPayload = () =>
  oneOrderPayload('subscriptions').extend({ back: listRefSchema.optional() });
