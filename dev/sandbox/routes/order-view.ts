import type { SandboxOrder } from '../fixtures/types';

/** Orders carry prices only when asked with include_price=true (seed 004). */
export function presentOrder(order: SandboxOrder, includePrice: boolean): SandboxOrder {
  if (includePrice) return order;
  const { totalPrice: _totalPrice, ...rest } = order;
  return { ...rest, lineItems: order.lineItems.map(({ pricing: _pricing, ...item }) => item) };
}
