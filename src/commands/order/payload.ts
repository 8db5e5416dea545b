import { oneOrderPayload, type OneOrderCommand } from '../payload-fields';

export type OrderCommand = OneOrderCommand<'order'>;

export const orderPayload = () => oneOrderPayload('order');
