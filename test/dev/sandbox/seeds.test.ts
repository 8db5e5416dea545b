import type { Subscription } from '../../../src/partnercenter/models';
// The bodies as the sandbox writes them (the documented shapes).
import type {
  SandboxCollection as Collection,
  SandboxOrder as Order,
} from '../../../dev/sandbox/fixtures/types';
import { CONTOSO_ORDER_IDS, CONTOSO_SUBSCRIPTION_IDS, CONTOSO_TENANT_ID } from '../../../dev/sandbox';
import { getJson, useSandbox } from './helpers';

// The documentation seeds 000–003, as the sandbox serves them.

const sandbox = useSandbox();
const ORDERS = `/v1/customers/${CONTOSO_TENANT_ID}/orders`;

describe('seed responses', () => {
  it('000: all orders of Contoso include both seed orders, field for field', async () => {
    const { status, headers, body } = await getJson<Collection<Order>>(sandbox(), ORDERS);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.attributes).toEqual({ objectType: 'Collection' });
    expect(body.totalCount).toBe(body.items.length);
    expect(body.links?.self?.uri).toBe(`/customers/${CONTOSO_TENANT_ID}/orders`);

    const [first, second] = body.items;
    expect(first).toEqual({
      id: '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      referenceCustomerId: CONTOSO_TENANT_ID,
      billingCycle: 'one_time',
      currencyCode: 'USD',
      lineItems: [
        {
          lineItemNumber: 0,
          offerId: 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL',
          friendlyName: 'Reserved_VM_Instance_Standard_D1_AP_East_1_Year',
          quantity: 1,
          links: { sku: { uri: '/products/DZH318Z0BQ4B/skus/000Z?country=US', method: 'GET', headers: [] } },
        },
      ],
      creationDate: '2018-03-15T02:17:15.6455674Z',
      status: 'pending',
      transactionType: 'UserPurchase',
      links: {
        provisioningStatus: {
          uri: `/customers/${CONTOSO_TENANT_ID}/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1/provisioningstatus`,
          method: 'GET',
          headers: [],
        },
        self: {
          uri: `/customers/${CONTOSO_TENANT_ID}/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1`,
          method: 'GET',
          headers: [],
        },
      },
      attributes: { objectType: 'Order' },
    });
    expect(second).toMatchObject({
      id: 'eeba9d00-7b46-443a-917e-22887a8fc993',
      billingCycle: 'monthly',
      creationDate: '2018-03-06T17:37:05.253-08:00',
      status: 'completed',
      lineItems: [
        {
          offerId: 'E59159FC-6F67-4599-B3CB-17FF4020F643',
          subscriptionId: 'DB8C695B-1C3C-4C55-B697-771503DD46BF',
          friendlyName: 'Azure Active Directory Premium P2',
          quantity: 1,
        },
      ],
      attributes: {
        etag: 'eyJpZCI6ImVlYmE5ZDAwLTdiNDYtNDQzYS05MTdlLTIyODg3YThmYzk5MyIsInZlcnNpb24iOjF9',
        objectType: 'Order',
      },
    });
    expect(second?.links).toEqual({
      self: {
        uri: `/customers/${CONTOSO_TENANT_ID}/orders/${CONTOSO_ORDER_IDS.aadP2Monthly}`,
        method: 'GET',
        headers: [],
      },
    });
  });

  it('001: one order by id, with its currency symbol', async () => {
    const { status, body } = await getJson<Order>(sandbox(), `${ORDERS}/YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1',
      referenceCustomerId: CONTOSO_TENANT_ID,
      billingCycle: 'one_time',
      currencyCode: 'USD',
      currencySymbol: '$',
      creationDate: '2018-03-13T22:49:54.3396949Z',
      status: 'completed',
      lineItems: [
        {
          offerId: 'DZH318Z0BQ4Z:002L:DZH318Z0CMNP',
          friendlyName: 'Reserved_VM_Instance_Standard_NC12_AU_East_1_Year',
        },
      ],
    });
    expect(Object.keys(body)).toEqual([
      'id',
      'referenceCustomerId',
      'billingCycle',
      'currencyCode',
      'currencySymbol',
      'lineItems',
      'creationDate',
      'status',
      'transactionType',
      'links',
      'attributes',
    ]);
  });

  it('002: billingType=onetime gives the one-time orders, the two pending ones of the seed among them', async () => {
    const { body } = await getJson<Collection<Order>>(sandbox(), `${ORDERS}?billingType=onetime`);
    expect(body.items.map((o) => [o.id, o.status])).toEqual([
      ['9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1', 'pending'],
      ['s-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1', 'pending'],
      ['YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1', 'completed'],
    ]);
    expect(body.items[1]?.lineItems[0]?.friendlyName).toBe(
      'Reserved_VM_Instance_Standard_NC12_AU_East_3_Years',
    );
  });

  it('003: subscriptions by order (on /v1/Customers/, as the seed writes it) give both subscriptions', async () => {
    const { status, body } = await getJson<Collection<Subscription>>(
      sandbox(),
      `/v1/Customers/${CONTOSO_TENANT_ID}/subscriptions?order_id=${CONTOSO_ORDER_IDS.aadP2Monthly}`,
    );
    expect(status).toBe(200);
    expect(body.totalCount).toBe(2);
    expect(body.items.map((s) => s.id)).toEqual([
      CONTOSO_SUBSCRIPTION_IDS.aadP2,
      CONTOSO_SUBSCRIPTION_IDS.myOfferPurchase,
    ]);
    expect(body.items[1]).toMatchObject({
      entitlementId: 'a356ac8c-e310-44f4-bf85-C7f29044af99',
      friendlyName: 'Myofferpurchase',
      quantity: 1,
      unitType: 'none',
      creationDate: '2015-11-25T06: 41: 12Z', // the seed's malformed dates are kept
      effectiveStartDate: '2015-11-24T08: 00: 00Z',
      commitmentEndDate: '2016-12-12T08: 00: 00Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'none',
      contractType: 'subscription',
      orderId: CONTOSO_ORDER_IDS.aadP2Monthly.toUpperCase(),
      attributes: { objectType: 'Subscription' },
    });
    expect(body.items[0]).toMatchObject({
      friendlyName: 'Azure Active Directory Premium P2',
      status: 'active',
    });
  });

  it('003: one subscription by id, case-insensitively', async () => {
    const { status, body } = await getJson<Subscription>(
      sandbox(),
      `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions/${CONTOSO_SUBSCRIPTION_IDS.aadP2.toLowerCase()}`,
    );
    expect(status).toBe(200);
    expect(body.id).toBe(CONTOSO_SUBSCRIPTION_IDS.aadP2);
  });
});
