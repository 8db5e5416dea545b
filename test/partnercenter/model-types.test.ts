// Type-level checks (tsc and ts-jest check this file): the models are what the schemas accept, checked()
// returns the schema's own type, and the fields real data may lack stay optional for every reader.
import { z } from 'zod';
import type { Order, Subscription } from '../../src/partnercenter/models';
import { checked, orderSchema, subscriptionSchema } from '../../src/partnercenter/schemas';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(): T | undefined => undefined;

holds<Equal<Order, z.infer<typeof orderSchema>>>();
holds<Equal<Subscription, z.infer<typeof subscriptionSchema>>>();
holds<Equal<ReturnType<typeof checked<typeof orderSchema>>, Order>>();
holds<Equal<ReturnType<typeof checked<z.ZodArray<typeof subscriptionSchema>>>, Subscription[]>>();
// Real answers lack status and currencyCode at times (the realData knob), and may send null for either.
holds<Equal<Order['status'], string | null | undefined>>();
holds<Equal<Order['currencyCode'], string | null | undefined>>();

const _readers = (order: Order) => {
  // @ts-expect-error an order may come without lineItems: readers must say what then
  const _count: number = order.lineItems.length;
  // Fields the schema does not list pass through, unchecked.
  holds<Equal<(typeof order)['promotionId'], unknown>>();
};

it('keeps fields the schema does not list, as they came', () => {
  const body = { id: 'o-1', lineItems: null, promotionId: null, renewsTo: { termDuration: 'P1Y' } };
  const ctx = { correlationId: 'c0ffee00-0000-4000-8000-000000000001', locale: 'en-US' };
  const order = checked(orderSchema, body, { operation: 'getOrder', requestId: 'r', ctx });
  expect(order).toEqual(body);
});
