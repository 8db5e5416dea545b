// At 10,000 customers (SANDBOX_CUSTOMERS=10000), a query costs what it finds, not what the partner has: every
// lookup is precomputed when the directory loads. Asserted on what a match looks at (MatchCost), never on time.
import { getFixtures } from '../../dev/sandbox/fixtures/store';
import { withSyntheticCustomers } from '../../dev/sandbox/fixtures/synthetic-customers';
import { CustomerIndex, type DirectoryMatch, type MatchCost } from '../../src/directory';
import type { Customer } from '../../src/partnercenter/models';

const customersOf = (total: number): Customer[] =>
  withSyntheticCustomers(getFixtures(), total).customers.map((c) => c.customer as unknown as Customer);

const small = new CustomerIndex(customersOf(1_000));
const large = new CustomerIndex(customersOf(10_000));

function measure(
  index: CustomerIndex,
  typed: string,
): { match: DirectoryMatch | undefined; cost: MatchCost } {
  const cost: MatchCost = { examined: 0, compared: 0 };
  return { match: index.match(typed, cost), cost };
}

const matched = (m: DirectoryMatch | undefined): number =>
  m === undefined ? 0 : m.kind === 'found' ? 1 : m.total;

describe('matching over 10,000 customers', () => {
  it('holds them all', () => {
    expect(large.size).toBe(10_000);
  });

  // What these name is the same at 1,000 and 10,000 customers, so what they cost must be the same too.
  it.each([
    ['an exact name', 'fourth coffee'],
    ['a domain without .onmicrosoft.com', 'contoso.com'],
    ['a domain stem', 'wideworldimporters'],
    ['a tenant id', 'b0d70a69-4c42-4b27-b17b-91a835d8686a'],
    ['two words', 'world wide'],
    ['a close spelling', 'contsoo'],
    ['a close spelling of a domain', 'fourthcofee'],
    ['a name nothing is close to', 'zzqx ventures'],
  ])('costs the same for %s at 1,000 and at 10,000 customers ("%s")', (_what, typed) => {
    const a = measure(small, typed);
    const b = measure(large, typed);
    expect(b.match).toEqual(a.match);
    expect(b.cost).toEqual(a.cost);
    expect(b.cost.examined).toBeLessThan(20);
  });

  // What these name grows with the partner: the cost may grow with what is found, never with a scan of all.
  it.each(['coffee', 'importers', 'port', 'cofee', 'muller', "o'brien", 'ltd', 'aurora coffee'])(
    'costs a small multiple of what "%s" finds',
    (typed) => {
      const { match, cost } = measure(large, typed);
      expect(matched(match)).toBeGreaterThan(0);
      expect(cost.examined).toBeLessThanOrEqual(5 * matched(match) + 50);
      expect(cost.compared).toBeLessThanOrEqual(20);
    },
  );

  it('stays cheap at every keystroke of a name, down to the one customer', () => {
    const name = 'Bluewater Coffee GmbH 1630';
    for (let n = 1; n <= name.length; n++) {
      const { cost } = measure(large, name.slice(0, n));
      // A scan would look at all 10,000 (and compare each by edit distance, as matching once did).
      expect({ typed: name.slice(0, n), under: cost.examined < large.size / 5 }).toEqual({
        typed: name.slice(0, n),
        under: true,
      });
      expect(cost.compared).toBeLessThanOrEqual(20);
    }
    const { match, cost } = measure(large, name);
    expect(match).toMatchObject({ kind: 'found', customer: { companyProfile: { companyName: name } } });
    expect(cost.examined).toBe(1);
  });

  it('ranks whole words before pieces at scale ("importers": Importers names first, by name)', () => {
    const { match } = measure(large, 'importers');
    expect(match?.kind).toBe('ambiguous');
    const names =
      match?.kind === 'ambiguous' ? match.candidates.map((c) => c.companyProfile.companyName) : [];
    expect(names).toHaveLength(10);
    for (const n of names) expect(n.toLowerCase()).toMatch(/\bimporters\b/);
  });
});
