import type { OrdersListRef } from '../shared/list-ref';
import { listRefSchema } from '../shared/list-ref';
import { oneOrderPayload, type OneOrderCommand } from '../shared/payload-fields';

/** `back`: the list the click came from (absent when typed). */
export type OrderCommand = OneOrderCommand<'order'> & { back?: OrdersListRef };

export const orderPayload = () => oneOrderPayload('order').extend({ back: listRefSchema.optional() });
