import type { OrdersListRef } from '../shared/list-ref';
import { listRefSchema } from '../shared/list-ref';
import { oneOrderPayload, type OneOrderCommand } from '../shared/payload-fields';

/** `back`: the list the click came from (absent when typed), kept for the order card it links to. */
export type SubscriptionsCommand = OneOrderCommand<'subscriptions'> & { back?: OrdersListRef };

export const subscriptionsPayload = () =>
  oneOrderPayload('subscriptions').extend({ back: listRefSchema.optional() });
