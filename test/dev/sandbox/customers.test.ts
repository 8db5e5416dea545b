import type { Customer, PartnerRelationship } from '../../../src/partnercenter/models';
// The bodies as the sandbox writes them (the documented shapes).
import type { SandboxCollection as Collection } from '../../../dev/sandbox/fixtures/types';
import {
  CONTOSO_PHARMA_TENANT_ID,
  CONTOSO_TENANT_ID,
  FABRIKAM_INC_TENANT_ID,
  FABRIKAM_RETAIL_TENANT_ID,
  GENERATED_CUSTOMER_COUNT,
  NORTHWIND_TENANT_ID,
  PROSEWARE_RESELLER_ID,
  WOODGROVE_MPN_ID,
  WOODGROVE_RESELLER_ID,
} from '../../../dev/sandbox';
import { authHeaders, customerFilter, getJson, useSandbox } from './helpers';

const sandbox = useSandbox();

async function search(field: string, value: string, size?: number): Promise<Collection<Customer>> {
  const sizeParam = size === undefined ? '' : `size=${size}&`;
  const { status, body } = await getJson<Collection<Customer>>(
    sandbox(),
    `/v1/customers?${sizeParam}filter=${customerFilter(field, value)}`,
  );
  expect(status).toBe(200);
  return body;
}

const names = (c: Collection<Customer>) => c.items.map((i) => i.companyProfile.companyName);

describe('customer search', () => {
  it('matches company names by prefix, case-insensitively', async () => {
    expect(names(await search('CompanyName', 'cont'))).toEqual(['Contoso', 'Contoso Pharmaceuticals']);
    expect(names(await search('CompanyName', 'CONTOSO'))).toEqual(['Contoso', 'Contoso Pharmaceuticals']);
    expect(names(await search('CompanyName', 'contoso ph'))).toEqual(['Contoso Pharmaceuticals']);
    expect(names(await search('CompanyName', 'Fabrikam'))).toEqual(['Fabrikam Inc', 'Fabrikam Retail']);
    expect(names(await search('CompanyName', 'zzz'))).toEqual([]);
  });

  it('matches domains by prefix', async () => {
    const exact = await search('Domain', 'contoso.onmicrosoft.com');
    expect(exact.items.map((c) => c.id)).toEqual([CONTOSO_TENANT_ID]);
    const prefix = await search('domain', 'CONTOSO');
    expect(prefix.items.map((c) => c.id)).toEqual([CONTOSO_TENANT_ID, CONTOSO_PHARMA_TENANT_ID]);
  });

  it('finds the customers of an indirect reseller', async () => {
    const woodgrove = await search('IndirectReseller', WOODGROVE_RESELLER_ID);
    expect(woodgrove.items.map((c) => c.id)).toEqual(
      expect.arrayContaining([CONTOSO_TENANT_ID, NORTHWIND_TENANT_ID]),
    );
    expect(woodgrove.items.map((c) => c.id)).not.toContain(FABRIKAM_INC_TENANT_ID);
    const proseware = await search('IndirectReseller', PROSEWARE_RESELLER_ID);
    expect(proseware.items.map((c) => c.id)).toEqual(expect.arrayContaining([FABRIKAM_RETAIL_TENANT_ID]));
  });

  it('returns the Customer shape', async () => {
    const [contoso] = (await search('CompanyName', 'contoso')).items;
    expect(contoso).toMatchObject({
      id: CONTOSO_TENANT_ID,
      commerceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      companyProfile: {
        tenantId: CONTOSO_TENANT_ID,
        domain: 'contoso.onmicrosoft.com',
        companyName: 'Contoso',
      },
      relationshipToPartner: 'reseller',
      attributes: { objectType: 'Customer' },
    });
  });

  it('pages by seek with MS-ContinuationToken, totalCount being the page size', async () => {
    const seen: string[] = [];
    let page = await search('CompanyName', '', 7);
    let pages = 1;
    for (;;) {
      expect(page.totalCount).toBe(page.items.length);
      seen.push(...page.items.map((c) => c.id));
      const next = page.links?.next;
      if (!next) break;
      expect(next.uri).toBe('/v1/customers?size=7&seekOperation=Next');
      expect(next.headers[0]?.key).toBe('MS-ContinuationToken');
      const headers = authHeaders(Object.fromEntries(next.headers.map((h) => [h.key, h.value])));
      page = (await getJson<Collection<Customer>>(sandbox(), next.uri, headers)).body;
      pages++;
    }
    const total = 5 + GENERATED_CUSTOMER_COUNT;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
  });

  it('keeps the filter across pages (it travels in the token)', async () => {
    const first = await search('CompanyName', 'c', 1);
    const next = first.links?.next;
    expect(next).toBeDefined();
    const headers = authHeaders({ 'MS-ContinuationToken': next?.headers[0]?.value ?? '' });
    const second = await getJson<Collection<Customer>>(sandbox(), next?.uri ?? '', headers);
    expect(names(first)).toEqual(['Contoso']);
    expect(names(second.body)).toEqual(['Contoso Pharmaceuticals']);
  });

  it('lists every customer without a filter, 500 at most per page', async () => {
    const { body } = await getJson<Collection<Customer>>(sandbox(), '/v1/customers?size=10000');
    expect(body.totalCount).toBe(5 + GENERATED_CUSTOMER_COUNT);
    expect(body.links?.next).toBeUndefined();
  });

  it('rejects seekOperation=Next without a token, or with a forged one', async () => {
    const missing = await getJson(sandbox(), '/v1/customers?size=2&seekOperation=Next');
    expect(missing.status).toBe(400);
    const forged = await getJson(
      sandbox(),
      '/v1/customers?size=2&seekOperation=Next',
      authHeaders({ 'MS-ContinuationToken': 'eyJzY29wZSI6ImN1c3RvbWVycyJ9.forged' }),
    );
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 400056 });
  });

  it.each([
    ['not JSON', 'not-json'],
    ['an unknown field', customerFilter('Colour', 'red')],
    [
      'an unknown operator',
      encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: 'a', Operator: 'contains' })),
    ],
  ])('answers 400 for a filter with %s', async (_what, filter) => {
    const { status, body } = await getJson(sandbox(), `/v1/customers?filter=${filter}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 400056, source: 'PartnerFD' });
  });

  it('answers 400 for a bad size', async () => {
    expect((await getJson(sandbox(), '/v1/customers?size=0')).status).toBe(400);
    expect((await getJson(sandbox(), '/v1/customers?size=ten')).status).toBe(400);
  });
});

describe('one customer', () => {
  it('is found by id in any case', async () => {
    const { status, body } = await getJson<Customer>(
      sandbox(),
      `/v1/customers/${CONTOSO_TENANT_ID.toUpperCase()}`,
    );
    expect(status).toBe(200);
    expect(body.companyProfile.companyName).toBe('Contoso');
  });

  it('is 404 with code 60003 when unknown', async () => {
    const { status, body } = await getJson(sandbox(), '/v1/customers/00000000-0000-4000-8000-000000000000');
    expect(status).toBe(404);
    expect(body).toEqual({
      code: 60003,
      description: 'Customer tenant 00000000-0000-4000-8000-000000000000 was not found.',
      data: [],
      source: 'PartnerFD',
    });
  });
});

describe('indirect resellers', () => {
  it('lists the partner relationships', async () => {
    const { status, body } = await getJson<Collection<PartnerRelationship>>(
      sandbox(),
      '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf',
    );
    expect(status).toBe(200);
    expect(body.items.map((r) => r.name)).toEqual(['Woodgrove Reseller Ltd', 'Proseware Partners']);
    expect(body.items[0]).toEqual({
      id: WOODGROVE_RESELLER_ID,
      name: 'Woodgrove Reseller Ltd',
      relationshipType: 'IsIndirectCloudSolutionProviderOf',
      state: 'Active',
      mpnId: WOODGROVE_MPN_ID,
      location: 'GB',
      attributes: { objectType: 'PartnerRelationship' },
    });
  });

  it('needs a known relationship_type', async () => {
    expect((await getJson(sandbox(), '/v1/relationships')).status).toBe(400);
    const providers = await getJson<Collection<unknown>>(
      sandbox(),
      '/v1/relationships?relationship_type=IsIndirectResellerOf',
    );
    expect(providers.body.items).toEqual([]);
  });
});
