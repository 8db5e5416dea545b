import { normalizeBillingCycle } from '../../../src/partnercenter/billing-cycle';
import {
  CONTOSO_TENANT_ID,
  GENERATED_CUSTOMER_COUNT,
  NORTHWIND_ORDER_COUNT,
  NORTHWIND_TENANT_ID,
} from '../../../dev/sandbox';
import { buildFixtures, getFixtures } from '../../../dev/sandbox/fixtures/store';
import type { Fixtures } from '../../../dev/sandbox/fixtures/types';

describe('fixture data', () => {
  it('builds the fixtures once per process', () => {
    const fixtures = getFixtures();
    const contoso = fixtures.customerById.get(CONTOSO_TENANT_ID)!;
    expect(contoso.data()).toBe(contoso.data());
    expect(getFixtures()).toBe(fixtures);
  });

  it('is the same in every process (seeded, not Math.random)', () => {
    const digest = (built: Fixtures) =>
      JSON.stringify(
        built.customers.map((c) => [c.customer, c.data().orders.slice(-3), c.data().subscriptions.slice(-2)]),
      );
    expect(digest(buildFixtures())).toBe(digest(buildFixtures()));
  });

  const fixtures = getFixtures();

  it('has the named customers and the generated ones', () => {
    const names = fixtures.customers.map((c) => c.customer.companyProfile.companyName);
    expect(names.slice(0, 5)).toEqual([
      'Contoso',
      'Contoso Pharmaceuticals',
      'Fabrikam Inc',
      'Fabrikam Retail',
      'Northwind Traders',
    ]);
    expect(names).toHaveLength(5 + GENERATED_CUSTOMER_COUNT);
    for (const name of names.slice(5)) expect(name).not.toMatch(/^(contoso|fabrikam|northwind)/i);
    expect(new Set(fixtures.customers.map((c) => c.customer.id)).size).toBe(names.length);
    expect(fixtures.customerById.get(NORTHWIND_TENANT_ID)?.data().orders).toHaveLength(NORTHWIND_ORDER_COUNT);
    for (const record of fixtures.customers.slice(5))
      expect(record.data().orders.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps orders, line items and subscriptions consistent', () => {
    const orderIds = new Set<string>();
    const mpnOf = new Map(fixtures.resellers.map((r) => [r.relationship.id, r.mpnId]));
    for (const record of fixtures.customers) {
      const { orders, subscriptionById, orderById } = record.data();
      for (const { order, resellerId } of orders) {
        expect(orderIds.has(order.id)).toBe(false);
        orderIds.add(order.id);
        expect(order.referenceCustomerId).toBe(record.customer.id);
        expect(normalizeBillingCycle(order.billingCycle)).toBeDefined();
        for (const item of order.lineItems) {
          if (item.subscriptionId) expect(subscriptionById.has(item.subscriptionId.toLowerCase())).toBe(true);
          expect(item.partnerIdOnRecord).toBe(resellerId ? mpnOf.get(resellerId) : undefined);
        }
      }
      for (const subscription of record.data().subscriptions) {
        expect(orderById.has((subscription.orderId ?? '').toLowerCase())).toBe(true);
      }
    }
  });
});
