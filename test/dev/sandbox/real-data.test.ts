// The sandbox produces what the real Partner Center does (issue 10), by default or through knobs.

import { CONTOSO_ORDER_IDS, CONTOSO_TENANT_ID } from '../../../dev/sandbox';
import type { Order, Subscription } from '../../../src/partnercenter/models';
import { getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const CONTOSO = `/v1/customers/${CONTOSO_TENANT_ID}`;

describe('ids are case-insensitive', () => {
  it('finds an order and its subscriptions by an id in upper case', async () => {
    const upper = CONTOSO_ORDER_IDS.aadP2Monthly.toUpperCase();
    const order = await getJson<Order>(sandbox(), `${CONTOSO}/orders/${upper}`);
    expect(order.status).toBe(200);
    expect(order.body.id).toBe(CONTOSO_ORDER_IDS.aadP2Monthly);
    const subs = await getJson<{ items: Subscription[] }>(
      sandbox(),
      `${CONTOSO}/subscriptions?order_id=${upper}`,
    );
    expect(subs.body.items).toHaveLength(2);
    // As in the docs, one subscription spells its order id in another case than the order does.
    expect(subs.body.items.some((s) => s.orderId !== CONTOSO_ORDER_IDS.aadP2Monthly)).toBe(true);
  });
});
