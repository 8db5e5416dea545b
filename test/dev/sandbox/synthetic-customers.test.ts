// SANDBOX_CUSTOMERS: a partner at scale, deterministic and untidy, next to the hand-written customers.

import {
  buildSyntheticCustomers,
  withSyntheticCustomers,
} from '../../../dev/sandbox/fixtures/synthetic-customers';
import { getFixtures } from '../../../dev/sandbox/fixtures/store';
import { PROSEWARE_RESELLER_ID, startSandbox, WOODGROVE_RESELLER_ID } from '../../../dev/sandbox';
import { getJson, useSandbox } from './helpers';

interface Page {
  totalCount: number;
  items: { id: string; status?: string; companyProfile?: { domain?: string }; lineItems?: unknown[] }[];
  links?: { next?: unknown };
}

const sandbox = useSandbox({ customers: 300 });

describe('synthetic customers', () => {
  it('tops the hand-written customers up to the total, keeping them', () => {
    const fixtures = withSyntheticCustomers(getFixtures(), 300);
    expect(fixtures.customers).toHaveLength(300);
    expect(fixtures.customers.slice(0, getFixtures().customers.length)).toEqual(getFixtures().customers);
    expect(withSyntheticCustomers(getFixtures(), 10)).toBe(getFixtures());
  });

  it('are the same in every build, orders and subscriptions included', () => {
    const [a, b] = [buildSyntheticCustomers(50), buildSyntheticCustomers(50)];
    expect(a.map((c) => c.customer)).toEqual(b.map((c) => c.customer));
    for (let i = 0; i < 50; i++) expect(JSON.stringify(a[i]!.data())).toBe(JSON.stringify(b[i]!.data()));
  });

  it('are untidy the way real lists are: some without a domain, some without orders, some with many', () => {
    const customers = buildSyntheticCustomers(800);
    const data = customers.map((c) => c.data());
    const orders = data.map((d) => d.orders.length);
    expect(customers.some((c) => c.customer.companyProfile.domain === undefined)).toBe(true);
    expect(customers.some((c) => /^\s|\s\s|\s$/.test(c.customer.companyProfile.companyName))).toBe(true);
    expect(orders.filter((n) => n === 0).length).toBeGreaterThan(20);
    expect(Math.max(...orders)).toBeGreaterThan(40);
    const statuses = new Set(data.flatMap((d) => d.orders.map((o) => o.order.status)));
    expect([...statuses]).toEqual(expect.arrayContaining(['pending', 'completed', 'cancelled']));
    const subscription: object | undefined = data.flatMap((d) => d.subscriptions)[0];
    expect(subscription).toHaveProperty('cancellationAllowedUntilDate');
  });

  it('a 10,000-customer partner is built quickly and lazily', () => {
    const started = process.hrtime.bigint();
    const fixtures = withSyntheticCustomers(getFixtures(), 10_000);
    expect(fixtures.customers).toHaveLength(10_000);
    // Not a timing assert on the machine's speed: a guard against building every customer's orders up front.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
  });

  it('the sandbox serves them over HTTP: customer pages, orders and subscriptions', async () => {
    const page = await getJson<Page>(sandbox(), '/v1/customers?size=500');
    expect(page.body.totalCount).toBe(300);
    const last = page.body.items[page.body.items.length - 1]!;
    const orders = await getJson<Page>(sandbox(), `/v1/customers/${last.id}/orders`);
    expect(orders.status).toBe(200);
    const subscriptions = await getJson<Page>(sandbox(), `/v1/customers/${last.id}/subscriptions`);
    expect(subscriptions.status).toBe(200);
  });
});

describe("an indirect reseller's customers among 10,000", () => {
  const filter = (resellerId: string) =>
    `/v1/customers?size=500&filter=${encodeURIComponent(
      JSON.stringify({ Field: 'IndirectReseller', Value: resellerId, Operator: 'starts_with' }),
    )}`;

  it('lists every customer an order came through the reseller for (and those it sells to, orders or not)', async () => {
    const synthetic = withSyntheticCustomers(getFixtures(), 300).customers.slice(
      getFixtures().customers.length,
    );
    const bought = synthetic
      .filter((c) => c.data().resellerIds.includes(WOODGROVE_RESELLER_ID))
      .map((c) => c.customer.id);
    expect(bought.length).toBeGreaterThan(3);
    const page = await getJson<Page>(sandbox(), filter(WOODGROVE_RESELLER_ID));
    expect(page.body.links?.next).toBeUndefined();
    const ids = page.body.items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(bought));
    // A synthetic customer linked to resellers but without orders through one yet is realistic; one that
    // never buys through a reseller is never listed.
    const never = synthetic.filter((c) => c.resellerIds?.length === 0).map((c) => c.customer.id);
    expect(ids.filter((id) => never.includes(id))).toEqual([]);
  });

  it("answers without building every customer's orders", async () => {
    const big = await startSandbox({ port: 0, customers: 10_000 });
    try {
      const started = process.hrtime.bigint();
      const page = await getJson<Page>(big, filter(PROSEWARE_RESELLER_ID));
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeGreaterThan(50);
      // Not a timing assert on the machine's speed: building 10,000 customers' orders took seconds.
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2_000);
    } finally {
      await big.close();
    }
  });
});
