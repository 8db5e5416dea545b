// The Partner Center portal's URLs per cloud (README "Open in Partner Center" says where each shape comes from),
// and the reading of a pasted portal link back to what it shows.
import { portalLinks, readPortalLink } from '../../src/partnercenter/portal-links';

const CUSTOMER = 'B0D70A69-4C42-4B27-B17B-91A835D8686A';
const SUBSCRIPTION = 'DB8C695B-1C3C-4C55-B697-771503DD46BF';
const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

describe('portalLinks', () => {
  it.each(['global', 'usgov'] as const)('gives %s the partner.microsoft.com customers workspace', (cloud) => {
    const links = portalLinks(cloud)!;
    const base =
      'https://partner.microsoft.com/dashboard/commerce2/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a';
    expect(links.customer(CUSTOMER)).toBe(`${base}/account`);
    expect(links.order(CUSTOMER, ORDER)).toBe(`${base}/subscriptions`);
    expect(links.subscription(CUSTOMER, SUBSCRIPTION)).toBe(
      `${base}/subscriptions/db8c695b-1c3c-4c55-b697-771503dd46bf`,
    );
  });

  it('gives 21Vianet its own portal host', () => {
    const links = portalLinks('china')!;
    const base =
      'https://partner.partnercenter.microsoftonline.cn/commerce/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a';
    expect(links.customer(CUSTOMER)).toBe(`${base}/subscriptions`);
    expect(links.order(CUSTOMER, ORDER)).toBe(`${base}/subscriptions`);
    expect(links.subscription(CUSTOMER, SUBSCRIPTION)).toBe(
      `${base}/subscriptions/db8c695b-1c3c-4c55-b697-771503dd46bf`,
    );
  });

  it.each(['contoso', '../admin', `${CUSTOMER}/x`, '', `${CUSTOMER}?a=b`])(
    'gives no link for an id that is not a GUID (%p): nothing typed shapes a URL',
    (id) => {
      const links = portalLinks('global')!;
      expect(links.customer(id)).toBeUndefined();
      expect(links.order(id, ORDER)).toBeUndefined();
      expect(links.subscription(CUSTOMER, id)).toBeUndefined();
      expect(links.subscription(id, SUBSCRIPTION)).toBeUndefined();
    },
  );
});

describe('readPortalLink', () => {
  it('reads back every link it gives, in every cloud', () => {
    for (const cloud of ['global', 'china'] as const) {
      const links = portalLinks(cloud)!;
      expect(readPortalLink(links.customer(CUSTOMER)!)).toMatchObject({
        cloud,
        customerId: CUSTOMER.toLowerCase(),
      });
      expect(readPortalLink(links.subscription(CUSTOMER, SUBSCRIPTION)!)).toEqual({
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
  ])('reads a customer from the layouts seen in the wild: %s', (link) => {
    expect(readPortalLink(link)).toEqual({
      kind: 'customer',
      cloud: 'global',
      customerId: CUSTOMER.toLowerCase(),
    });
  });

  it.each([
    'https://partner.microsoft.com/dashboard/commerce2/customers/list',
    `http://partner.microsoft.com/commerce/customers/${CUSTOMER}/subscriptions`,
    `https://evil.example/commerce/customers/${CUSTOMER}/subscriptions`,
    `https://partner.microsoft.com.evil.example/commerce/customers/${CUSTOMER}`,
    `https://partner.microsoft.com/commerce/customers/${CUSTOMER}/subscriptions/not-a-guid`,
    'not a url',
    '',
  ])('reads nothing from %p', (link) => {
    expect(readPortalLink(link)).toBeUndefined();
  });
});
