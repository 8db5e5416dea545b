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

describe('finding customers by any piece (issue #18)', () => {
  const c = (n: number, companyName: string, domain = '') =>
    customer(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, companyName, domain);
  const WIDE = c(1, 'Wide World Importers', 'wideworldimporters.onmicrosoft.com');
  const WORLD = c(2, 'World Wide Importers Group', 'wwigroup.onmicrosoft.com');
  const FOURTH = c(3, 'Fourth Coffee', 'fourthcoffee.onmicrosoft.com');
  const OBRIEN = c(4, "O'Brien  Café S.A.", 'obriencafe.com');
  const IMPORTS = c(5, 'Importsmart Ltd', 'importsmart.onmicrosoft.com');
  const SUPPORT = c(6, 'Passport Travel', 'passporttravel.co.uk');
  const people = new CustomerIndex([SUPPORT, IMPORTS, OBRIEN, FOURTH, WORLD, WIDE, CONTOSO, PHARMA]);

  it('finds every customer with a word in its name, ranked and offered ("importers")', () => {
    expect(people.match('importers')).toEqual({ kind: 'ambiguous', candidates: [WIDE, WORLD], total: 2 });
    expect(people.match('world wide')).toEqual({ kind: 'ambiguous', candidates: [WIDE, WORLD], total: 2 });
  });

  it('answers with the one customer a word names ("coffee" is Fourth Coffee)', () => {
    expect(people.match('coffee')).toEqual({ kind: 'found', customer: FOURTH });
    expect(people.match('COFFEE')).toEqual({ kind: 'found', customer: FOURTH });
  });

  it('finds a domain with or without .onmicrosoft.com, and a vanity domain by its stem', () => {
    expect(people.match('contoso.com')).toEqual({ kind: 'found', customer: CONTOSO });
    expect(people.match('Contoso.OnMicrosoft.com')).toEqual({ kind: 'found', customer: CONTOSO });
    expect(people.match('fourthcoffee')).toEqual({ kind: 'found', customer: FOURTH });
    expect(people.match('passporttravel.com')).toEqual({ kind: 'found', customer: SUPPORT });
    expect(people.match('obriencafe.onmicrosoft.com')).toEqual({ kind: 'found', customer: OBRIEN });
  });

  it('finds a tenant id, and only a whole one', () => {
    expect(people.match(FOURTH.id)).toEqual({ kind: 'found', customer: FOURTH });
    expect(people.match(FOURTH.id.slice(0, 20))).toBeUndefined();
  });

  it('ignores case, accents, apostrophes, punctuation and doubled spaces', () => {
    expect(people.match("o'brien cafe s.a.")).toEqual({ kind: 'found', customer: OBRIEN });
    expect(people.match('OBRIEN')).toEqual({ kind: 'found', customer: OBRIEN });
    expect(people.match('o brien')).toEqual({ kind: 'found', customer: OBRIEN });
    expect(people.match('café')).toEqual({ kind: 'found', customer: OBRIEN });
  });

  it('ranks exact name > exact domain > whole word > prefix > piece > close spelling, ties by name', () => {
    const ranked = new CustomerIndex([
      c(10, 'Port Authority'), // a whole word
      c(11, 'Importsmart'), // a piece
      c(12, 'Portland Bikes'), // a prefix
      c(13, 'Harbor', 'port.onmicrosoft.com'), // its domain's stem
      c(14, 'Port'), // the name itself
      c(15, 'Airport Shuttle'), // a piece
      c(16, 'Pork Butchers'), // a close spelling? "port" has 4 letters: 1 edit allowed
    ]).match('port');
    // The exact name is the one answer.
    expect(ranked).toMatchObject({ kind: 'found', customer: { companyProfile: { companyName: 'Port' } } });
    const list = new CustomerIndex([
      c(10, 'Port Authority'),
      c(11, 'Importsmart'),
      c(12, 'Portland Bikes'),
      c(13, 'Harbor', 'port.onmicrosoft.com'),
      c(15, 'Airport Shuttle'),
      c(16, 'Pork Butchers'),
      c(17, 'Port Jackson'),
    ]).match('port');
    expect(names(list)).toEqual([
      'Harbor',
      'Port Authority',
      'Port Jackson',
      'Portland Bikes',
      'Airport Shuttle',
      'Importsmart',
      'Pork Butchers',
    ]);
    expect(list).toMatchObject({ total: 7 });
    expect(list).not.toHaveProperty('near');
  });

  it('offers close spellings only as a choice, and says they are only close', () => {
    expect(people.match('improters')).toEqual({
      kind: 'ambiguous',
      candidates: [WIDE, WORLD],
      total: 2,
      near: true,
    });
    expect(people.match('fourth cofee')).toEqual({
      kind: 'ambiguous',
      candidates: [FOURTH],
      total: 1,
      near: true,
    });
    expect(people.match('fourthcofee')).toEqual({
      kind: 'ambiguous',
      candidates: [FOURTH],
      total: 1,
      near: true,
    });
    expect(people.match('contsoo.com')).toMatchObject({ kind: 'ambiguous', near: true });
  });

  it('offers at most the index maximum, and says how many matched', () => {
    const many = Array.from({ length: 25 }, (_, i) => c(100 + i, `Bluewater Coffee ${i}`));
    const match = new CustomerIndex(many).match('coffee');
    expect(match).toMatchObject({ kind: 'ambiguous', total: 25 });
    expect(names(match)).toHaveLength(10);
    expect(names(match)[0]).toBe('Bluewater Coffee 0');
  });
});

describe('the customer index, searched (the compose box)', () => {
  const search = (typed: string, limit = 25) =>
    index.search(typed, limit).map((c) => c.companyProfile.companyName);

  it('lists every customer the words name, the exact one first, close spellings last', () => {
    expect(search('contoso')).toEqual(['Contoso', 'Contoso Pharmaceuticals']);
    expect(search('contoso.com')).toEqual(['Contoso']);
    expect(search('fabrikam')).toEqual(['Fabrikam Inc', 'Fabrikam Retail']);
    expect(search('contsoo')).toEqual(['Contoso', 'Contoso Pharmaceuticals']);
    expect(search(CONTOSO.id.toUpperCase())).toEqual(['Contoso']);
  });

  it('lists at most the limit, and nothing for nothing', () => {
    expect(search('contoso', 1)).toEqual(['Contoso']);
    expect(search('  ')).toEqual([]);
    expect(search('zzqx')).toEqual([]);
    expect(search('99999999-9999-4999-8999-999999999999')).toEqual([]);
  });

  it('answers match() as before: the exact name alone is the answer', () => {
    expect(index.match('contoso')).toEqual({ kind: 'found', customer: CONTOSO });
  });
});
