import type { OrdersListRef } from '../orders/payload';
import { listRefSchema } from '../orders/payload';
import { oneOrderPayload, type OneOrderCommand } from '../payload-fields';

/** `back`: the list the click came from (absent when typed). */
export type OrderCommand = OneOrderCommand<'order'> & { back?: OrdersListRef };

export const orderPayload = () => oneOrderPayload('order').extend({ back: listRefSchema.optional() });
