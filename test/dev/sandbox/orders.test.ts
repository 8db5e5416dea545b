import type { ProvisioningStatusItem } from '../../../src/partnercenter/models';
// The bodies as the sandbox writes them (the documented shapes).
import type {
  SandboxCollection as Collection,
  SandboxOrder as Order,
} from '../../../dev/sandbox/fixtures/types';
import {
  CONTOSO_ORDER_IDS,
  CONTOSO_RENEWAL_ORDER_IDS,
  CONTOSO_TENANT_ID,
  PROSEWARE_RESELLER_ID,
  WOODGROVE_MPN_ID,
  WOODGROVE_RESELLER_ID,
} from '../../../dev/sandbox';
import { getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const ORDERS = `/v1/customers/${CONTOSO_TENANT_ID}/orders`;
const SYSTEM = ['SystemPurchase', 'SystemBilling'];

async function orderIds(query: string): Promise<string[]> {
  const { status, body } = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?${query}`);
  expect(status).toBe(200);
  return body.items.map((o) => o.id);
}

describe('orders by billing cycle', () => {
  const oneTime = [
    CONTOSO_ORDER_IDS.riD1Pending,
    CONTOSO_ORDER_IDS.riNc12ThreeYearsPending,
    CONTOSO_ORDER_IDS.riNc12OneYearCompleted,
  ];

  it.each(['onetime', 'one_time', 'OneTime', 'one-time', 'ONE_TIME'])(
    'billingType=%s gives the one-time orders',
    async (spelling) => {
      expect(await orderIds(`billingType=${spelling}`)).toEqual(oneTime);
    },
  );

  it.each(['monthly', 'Monthly'])(
    'billingType=%s gives only monthly orders, seed 000 eeba9d00 among them',
    async (spelling) => {
      const { body } = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?billingType=${spelling}`);
      expect(body.items.map((o) => o.id)).toContain(CONTOSO_ORDER_IDS.aadP2Monthly);
      expect(body.items.every((o) => o.billingCycle === 'monthly')).toBe(true);
    },
  );

  it('accepts the parameter name in any case, and annual, triennial and none', async () => {
    // Woodgrove's order, and the annual order of Contoso's renewal book.
    expect(await orderIds('BILLINGTYPE=annual')).toEqual([
      CONTOSO_ORDER_IDS.woodgroveAnnual,
      CONTOSO_RENEWAL_ORDER_IDS.annual,
    ]);
    expect(await orderIds('billingType=triennial')).toEqual([]);
    expect(await orderIds('billingType=none')).toEqual([]);
  });

  it('answers 400 with a numeric code for an unknown billing type', async () => {
    const { status, body } = await getJson(sandbox(), `${ORDERS}?billingType=weird`);
    expect(status).toBe(400);
    expect(body).toEqual({
      code: 400056,
      description: 'Invalid billing cycle type: weird.',
      data: [],
      source: 'PartnerFD',
    });
  });
});

describe('include_price and include_system_purchases (seed 004)', () => {
  it('shows prices only with include_price=true', async () => {
    const plain = await getJson<Collection<Order>>(sandbox(), ORDERS);
    for (const order of plain.body.items) {
      expect(order).not.toHaveProperty('totalPrice');
      for (const item of order.lineItems) expect(item).not.toHaveProperty('pricing');
    }
    const priced = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?include_price=true`);
    for (const order of priced.body.items) {
      expect(typeof order.totalPrice).toBe('number');
      const sum = order.lineItems.reduce((total, item) => total + (item.pricing?.extendedPrice ?? NaN), 0);
      expect(order.totalPrice).toBeCloseTo(sum, 2);
    }
    const one = await getJson<Order>(
      sandbox(),
      `${ORDERS}/${CONTOSO_ORDER_IDS.aadP2Monthly}?include_price=True`,
    );
    expect(one.body.totalPrice).toBe(9);
    expect(one.body.lineItems[0]?.pricing).toEqual({
      listPrice: 9,
      discountedPrice: 9,
      price: 9,
      proratedPrice: 9,
      extendedPrice: 9,
    });
  });

  it('hides system purchases unless include_system_purchases=true', async () => {
    const plain = await getJson<Collection<Order>>(sandbox(), ORDERS);
    expect(plain.body.items.some((o) => SYSTEM.includes(o.transactionType ?? ''))).toBe(false);
    const all = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?include_system_purchases=true`);
    const system = all.body.items.filter((o) => SYSTEM.includes(o.transactionType ?? ''));
    expect(system.map((o) => [o.id, o.transactionType])).toEqual([
      [CONTOSO_ORDER_IDS.systemPurchaseRenewal, 'SystemPurchase'],
      [CONTOSO_ORDER_IDS.systemBillingRiRenewal, 'SystemBilling'],
    ]);
    expect(all.body.totalCount).toBe(plain.body.totalCount + 2);
  });

  it('still serves a system purchase by id', async () => {
    const { status, body } = await getJson<Order>(
      sandbox(),
      `${ORDERS}/${CONTOSO_ORDER_IDS.systemBillingRiRenewal}`,
    );
    expect(status).toBe(200);
    expect(body.transactionType).toBe('SystemBilling');
  });

  it('rejects a flag that is not true or false', async () => {
    const { status, body } = await getJson<{ code: number }>(sandbox(), `${ORDERS}?include_price=yes`);
    expect(status).toBe(400);
    expect(body.code).toBe(400056);
  });
});

describe('orders through an indirect reseller', () => {
  it('filters by indirect_reseller_id, combined with billingType and the flags', async () => {
    expect(await orderIds(`indirect_reseller_id=${WOODGROVE_RESELLER_ID}`)).toEqual([
      CONTOSO_ORDER_IDS.woodgroveAnnual,
      CONTOSO_ORDER_IDS.woodgroveMonthly,
    ]);
    expect(
      await orderIds(`indirect_reseller_id=${WOODGROVE_RESELLER_ID.toUpperCase()}&billingType=annual`),
    ).toEqual([CONTOSO_ORDER_IDS.woodgroveAnnual]);
    const { body } = await getJson<Collection<Order>>(
      sandbox(),
      `${ORDERS}?indirect_reseller_id=${WOODGROVE_RESELLER_ID}&billingType=annual&include_price=true&include_system_purchases=true`,
    );
    expect(body.items.map((o) => o.id)).toEqual([
      CONTOSO_ORDER_IDS.woodgroveAnnual,
      CONTOSO_ORDER_IDS.systemPurchaseRenewal,
    ]);
    for (const order of body.items) {
      expect(order.totalPrice).toBeGreaterThan(0);
      for (const item of order.lineItems) expect(item.partnerIdOnRecord).toBe(WOODGROVE_MPN_ID);
    }
    expect(await orderIds(`indirect_reseller_id=${PROSEWARE_RESELLER_ID}`)).toEqual([]);
  });

  it('never shows the fixture-internal reseller field', async () => {
    const res = await fetch(`${sandbox().url}${ORDERS}?include_system_purchases=true`, {
      headers: { Authorization: 'Bearer sandbox-token' },
    });
    expect(await res.text()).not.toContain('resellerId');
  });
});

describe('one order and its provisioning status', () => {
  it('answers 404 with code 20000 for an unknown order, 60003 for an unknown customer', async () => {
    const order = await getJson(sandbox(), `${ORDERS}/no-such-order`);
    expect(order.status).toBe(404);
    expect(order.body).toMatchObject({ code: 20000, data: [], source: 'PartnerFD' });
    const customer = await getJson(sandbox(), '/v1/customers/00000000-0000-4000-8000-000000000000/orders');
    expect(customer.status).toBe(404);
    expect(customer.body).toMatchObject({ code: 60003, source: 'PartnerFD' });
  });

  it('matches the customer id case-insensitively', async () => {
    const { status, body } = await getJson<Order>(
      sandbox(),
      `/v1/customers/${CONTOSO_TENANT_ID.toUpperCase()}/orders/${CONTOSO_ORDER_IDS.riD1Pending}`,
    );
    expect(status).toBe(200);
    expect(body.referenceCustomerId).toBe(CONTOSO_TENANT_ID);
  });

  it('reports provisioning per line item at the link the order gives', async () => {
    const order = await getJson<Order>(sandbox(), `${ORDERS}/${CONTOSO_ORDER_IDS.woodgroveMonthly}`);
    const uri = order.body.links?.provisioningStatus?.uri ?? '';
    const { status, body } = await getJson<Collection<ProvisioningStatusItem>>(sandbox(), `/v1${uri}`);
    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        lineItemNumber: 0,
        status: 'fulfilled',
        quantityProvisioningInformation: [],
        attributes: expect.any(Object),
      },
      {
        lineItemNumber: 1,
        status: 'fulfilled',
        quantityProvisioningInformation: [],
        attributes: expect.any(Object),
      },
    ]);
    const pending = await getJson<Collection<ProvisioningStatusItem>>(
      sandbox(),
      `${ORDERS}/${CONTOSO_ORDER_IDS.riD1Pending}/provisioningstatus`,
    );
    expect(pending.body.items[0]?.status).toBe('pending');
  });

  it('gives an empty collection for subscriptions of an unknown order', async () => {
    const { status, body } = await getJson<Collection<unknown>>(
      sandbox(),
      `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions?order_id=nope`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } });
  });

  it('links every subscription-creating line item to an existing subscription', async () => {
    const orders = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?include_system_purchases=true`);
    for (const item of orders.body.items.flatMap((o) => o.lineItems)) {
      if (!item.subscriptionId) continue;
      const sub = await getJson(
        sandbox(),
        `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions/${item.subscriptionId}`,
      );
      expect(sub.status).toBe(200);
    }
    const missing = await getJson(sandbox(), `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 20003 });
  });
});
