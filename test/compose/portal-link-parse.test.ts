import { parsePortalLink } from '../../src/compose/portal-link-parse';
import { portalLinks } from '../../src/partnercenter/portal-links';

const TENANT = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
const SUBSCRIPTION = 'DB8C695B-1C3C-4C55-B697-771503DD46BF';
const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

describe('parsePortalLink', () => {
  it.each([
    [`https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}`, 'customer'],
    [`https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${TENANT}/account`, 'customer'],
    [`https://partner.microsoft.com/pt-BR/dashboard/commerce2/customers/${TENANT}/subscriptions`, 'customer'],
    [`https://partner.microsoft.com/commerce/customers/${TENANT}/subscriptions`, 'customer'],
    [
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${TENANT}/adminrelationships/x`,
      'customer',
    ],
    [
      `https://PARTNER.microsoft.com/dashboard/commerce2/customers/${TENANT.toUpperCase()}/orderhistory`,
      'customer',
    ],
    [`https://partner.partnercenter.microsoftonline.cn/commerce/customers/${TENANT}/account`, 'customer'],
  ])('%s → a customer', (url, kind) => {
    expect(parsePortalLink(url)).toEqual({
      kind,
      cloud: url.includes('.cn/') ? 'china' : 'global',
      customerId: expect.stringMatching(new RegExp(TENANT, 'i')),
    });
  });

  it('reads a subscription, with or without the dashboard, a language, a query or a fragment', () => {
    for (const url of [
      `https://partner.microsoft.com/commerce/customers/${TENANT}/subscriptions/${SUBSCRIPTION}`,
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${TENANT}/subscriptions/${SUBSCRIPTION}/manage?x=1#top`,
      `  https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/subscriptions/${SUBSCRIPTION.toLowerCase()}  `,
    ])
      expect(parsePortalLink(url)).toEqual({
        kind: 'subscription',
        cloud: 'global',
        customerId: TENANT,
        subscriptionId: expect.stringMatching(new RegExp(SUBSCRIPTION, 'i')),
      });
  });

  it('reads an order (orders/<id> and orderhistory/<id>), also on the 21Vianet portal', () => {
    expect(
      parsePortalLink(
        `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/orders/${ORDER}`,
      ),
    ).toEqual({
      kind: 'order',
      cloud: 'global',
      customerId: TENANT,
      orderId: ORDER,
    });
    expect(
      parsePortalLink(
        `https://partner.partnercenter.microsoftonline.cn/commerce/customers/${TENANT}/orderhistory/${ORDER}`,
      ),
    ).toEqual({ kind: 'order', cloud: 'china', customerId: TENANT, orderId: ORDER });
  });

  it.each([
    ['another host', `https://partner.microsoft.com.evil.example/dashboard/commerce2/customers/${TENANT}`],
    ['a look-alike host', `https://partner-microsoft.com/dashboard/commerce2/customers/${TENANT}`],
    ['http', `http://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}`],
    ['credentials in it', `https://me:pw@partner.microsoft.com/dashboard/commerce2/customers/${TENANT}`],
    ['no customer', 'https://partner.microsoft.com/dashboard/commerce2/customers/list'],
    ['a tenant that is not a GUID', 'https://partner.microsoft.com/dashboard/commerce2/customers/contoso'],
    ['another area', `https://partner.microsoft.com/dashboard/billing/customers/${TENANT}`],
    [
      'a subscription that is not a GUID',
      `https://partner.microsoft.com/commerce/customers/${TENANT}/subscriptions/abc`,
    ],
    [
      'an order id with odd characters',
      `https://partner.microsoft.com/commerce/customers/${TENANT}/orders/a%2Fb`,
    ],
    ['a broken escape', `https://partner.microsoft.com/commerce/customers/${TENANT}/orders/%E0%A4%A`],
    ['not a URL', 'partner.microsoft.com/commerce/customers'],
    ['nothing', ''],
    [
      'a very long URL',
      `https://partner.microsoft.com/commerce/customers/${TENANT}/orders/${'a'.repeat(3000)}`,
    ],
  ])('%s → nothing', (_what, url) => {
    expect(parsePortalLink(url)).toBeUndefined();
  });
});

describe('the links the bot gives (src/partnercenter/portal-links.ts) and layouts seen in the wild', () => {
  const CUSTOMER = 'B0D70A69-4C42-4B27-B17B-91A835D8686A';
  const SUBSCRIPTION = '5D9A4C0E-3E7B-4A7E-9C3B-2C1D5E6F7A8B';
  const read = (link: string) => {
    const found = parsePortalLink(link);
    return (
      found && Object.fromEntries(Object.entries(found).map(([key, value]) => [key, value.toLowerCase()]))
    );
  };

  it('reads back every link the cards give, in every cloud', () => {
    for (const cloud of ['global', 'china'] as const) {
      const links = portalLinks(cloud)!;
      expect(read(links.customer(CUSTOMER)!)).toMatchObject({ cloud, customerId: CUSTOMER.toLowerCase() });
      expect(read(links.subscription(CUSTOMER, SUBSCRIPTION)!)).toEqual({
        kind: 'subscription',
        cloud,
        customerId: CUSTOMER.toLowerCase(),
        subscriptionId: SUBSCRIPTION.toLowerCase(),
      });
    }
  });

  it.each([
    `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CUSTOMER}/adminrelationships`,
    `https://partner.microsoft.com/dashboard/v2/customers/${CUSTOMER}/servicemanagementpage`,
    `https://partner.microsoft.com/commerce/customers/${CUSTOMER}/subscriptions/`,
    `https://PARTNER.microsoft.com/pt-br/commerce/customers/${CUSTOMER}?tab=1`,
  ])('reads a customer from %s', (link) => {
    expect(read(link)).toEqual({ kind: 'customer', cloud: 'global', customerId: CUSTOMER.toLowerCase() });
  });

  it.each([
    'https://partner.microsoft.com/dashboard/commerce2/customers/list',
    `http://partner.microsoft.com/commerce/customers/${CUSTOMER}/subscriptions`,
    `https://evil.example/commerce/customers/${CUSTOMER}/subscriptions`,
    `https://partner.microsoft.com.evil.example/commerce/customers/${CUSTOMER}`,
    `https://partner.microsoft.com/commerce/customers/${CUSTOMER}/subscriptions/not-a-guid`,
  ])('reads nothing from %p', (link) => {
    expect(parsePortalLink(link)).toBeUndefined();
  });
});
