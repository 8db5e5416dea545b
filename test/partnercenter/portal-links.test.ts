// The Partner Center portal's URLs per cloud (README "Open in Partner Center" says where each shape comes from),
// (test/compose/portal-link-parse.test.ts reads them back).
import { portalLinks } from '../../src/partnercenter/portal-links';

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
