// Without a loaded directory, customers are searched in Partner Center (starts_with only): a domain is also
// found by its stem ("contoso.com", "fourthcoffee"), and several matches are ranked as the directory ranks.
import { resolveCustomer } from '../../src/commands/resolve-customer';
import { CustomerIndex } from '../../src/directory';
import { commandSuite } from '../support/command-suite';

const suite = commandSuite('resolve-customer-test');
const name = (r: Awaited<ReturnType<typeof resolveCustomer>>) =>
  r.kind === 'found' ? r.customer.companyProfile.companyName : r;
const names = (r: Awaited<ReturnType<typeof resolveCustomer>>) =>
  r.kind === 'ambiguous' ? r.candidates.map((c) => c.companyProfile.companyName) : r;

describe('resolving a customer in Partner Center', () => {
  const resolve = (typed: string) => {
    const { api, ctx } = suite.env();
    return resolveCustomer(api, typed, ctx);
  };

  it('finds a domain with or without .onmicrosoft.com', async () => {
    expect(name(await resolve('contoso.onmicrosoft.com'))).toBe('Contoso');
    expect(name(await resolve('contoso.com'))).toBe('Contoso');
    expect(name(await resolve('fourthcoffee'))).toBe('Fourth Coffee');
  });

  it('lets the exact name win, and ranks several matches', async () => {
    expect(name(await resolve('contoso'))).toBe('Contoso');
    expect(names(await resolve('fabrikam'))).toEqual(['Fabrikam Inc', 'Fabrikam Retail']);
  });

  it('says none match, with the closest names, for a word inside names (that needs the directory)', async () => {
    expect(await resolve('importers')).toMatchObject({ kind: 'none' });
  });

  it('asks the directory first, which finds words inside names', async () => {
    const { api, ctx } = suite.env();
    const customers = await api.searchCustomers('CompanyName', 'w', ctx, 100);
    const index = new CustomerIndex(customers);
    const directory = {
      resolve: (typed: string) => index.match(typed),
      refresh: () => Promise.reject(new Error('no')),
    };
    suite.sandbox.clearRequests();
    const found = await resolveCustomer(api, 'importers', ctx, directory);
    expect(names(found)).toEqual(['Wide World Importers', 'World Wide Importers Group']);
    expect(suite.sandbox.requests).toEqual([]);
  });
});
