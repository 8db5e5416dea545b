// Resolution against the loaded customer list: tenant id, exact name or domain, prefix, then near names
// offered as a choice; nothing close means "ask Partner Center".
import { CustomerIndex } from '../../src/directory';
import type { Customer } from '../../src/partnercenter/models';

const customer = (id: string, companyName: string, domain: string): Customer =>
  ({ id, companyProfile: { companyName, domain, tenantId: id } }) as Customer;

const CONTOSO = customer('b0d70a69-4c42-4b27-b17b-91a835d8686a', 'Contoso', 'contoso.onmicrosoft.com');
const PHARMA = customer(
  'c3a5e2f4-7b1d-4e8a-9c6f-2d4b8a1e5f90',
  'Contoso Pharmaceuticals',
  'contosopharma.onmicrosoft.com',
);
const FAB_INC = customer('f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b', 'Fabrikam Inc', 'fabrikam.onmicrosoft.com');
const FAB_RETAIL = customer(
  '2e7d9c41-6b8a-4f3e-a1d5-c9b0e8f7a6d2',
  'Fabrikam Retail',
  'fabrikamretail.onmicrosoft.com',
);
const NO_DOMAIN = customer('6a8c1e3f-9d2b-4c7e-8f1a-3b5d7e9c2a4f', 'Northwind Traders', '');
const index = new CustomerIndex([PHARMA, CONTOSO, FAB_INC, FAB_RETAIL, NO_DOMAIN]);

const names = (m: ReturnType<CustomerIndex['match']>): string[] =>
  m?.kind === 'ambiguous' ? m.candidates.map((c) => c.companyProfile.companyName) : [];

describe('the customer index', () => {
  it('finds a tenant id, in any case', () => {
    expect(index.match(CONTOSO.id.toUpperCase())).toEqual({ kind: 'found', customer: CONTOSO });
  });

  it('lets an exact name or domain win over longer names that start the same', () => {
    expect(index.match('contoso')).toEqual({ kind: 'found', customer: CONTOSO });
    expect(index.match(' CONTOSO ')).toEqual({ kind: 'found', customer: CONTOSO });
    expect(index.match('contosopharma.onmicrosoft.com')).toEqual({ kind: 'found', customer: PHARMA });
  });

  it('takes a unique prefix, and offers every customer a shared prefix names', () => {
    expect(index.match('contoso ph')).toEqual({ kind: 'found', customer: PHARMA });
    expect(names(index.match('fabrikam'))).toEqual(['Fabrikam Inc', 'Fabrikam Retail']);
  });

  it('offers names a typo away as a choice, never as the answer ("contsoo" → Contoso first)', () => {
    const match = index.match('contsoo');
    expect(match?.kind).toBe('ambiguous');
    expect(names(match)[0]).toBe('Contoso');
    expect(names(index.match('fabrikan inc'))).toEqual(['Fabrikam Inc']);
  });

  it('matches a customer without a domain by its name only', () => {
    expect(index.match('northwind')).toEqual({ kind: 'found', customer: NO_DOMAIN });
    expect(index.match('.onmicrosoft.com')).toBeUndefined();
  });

  it('says nothing (ask Partner Center) for an unknown tenant id or a name nothing is close to', () => {
    expect(index.match('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(index.match('zzz unknown')).toBeUndefined();
    expect(index.match('abc')).toBeUndefined();
    expect(index.match('  ')).toBeUndefined();
  });
});
