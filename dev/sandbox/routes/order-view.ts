import type { Order } from '../../../src/partnercenter/models';

/** Orders carry prices only when asked with include_price=true (seed 004). */
export function presentOrder(order: Order, includePrice: boolean): Order {
  if (includePrice) return order;
  const { totalPrice: _totalPrice, ...rest } = order;
  return { ...rest, lineItems: order.lineItems.map(({ pricing: _pricing, ...item }) => item) };
}
