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
    expect(names.slice(5).filter((name) => /^(contoso|fabrikam|northwind)/i.test(name))).toEqual([]);
    expect(new Set(fixtures.customers.map((c) => c.customer.id)).size).toBe(names.length);
    expect(fixtures.customerById.get(NORTHWIND_TENANT_ID)?.data().orders).toHaveLength(NORTHWIND_ORDER_COUNT);
    const fewOrders = fixtures.customers.slice(5).filter((record) => record.data().orders.length < 2);
    expect(fewOrders.map((record) => record.customer.id)).toEqual([]);
  });

  it('keeps orders, line items and subscriptions consistent', () => {
    // Every record is checked; what is wrong is listed, one line each (one expect per record would be slow).
    const problems: string[] = [];
    const orderIds = new Set<string>();
    const mpnOf = new Map(fixtures.resellers.map((r) => [r.relationship.id, r.mpnId]));
    for (const record of fixtures.customers) {
      const { orders, subscriptionById, orderById } = record.data();
      for (const { order, resellerId } of orders) {
        if (orderIds.has(order.id)) problems.push(`order ${order.id}: id repeated`);
        orderIds.add(order.id);
        if (order.referenceCustomerId !== record.customer.id)
          problems.push(`order ${order.id}: other customer`);
        if (normalizeBillingCycle(order.billingCycle) === undefined)
          problems.push(`order ${order.id}: billing cycle ${order.billingCycle}`);
        for (const item of order.lineItems) {
          if (item.subscriptionId && !subscriptionById.has(item.subscriptionId.toLowerCase()))
            problems.push(`order ${order.id}: no subscription ${item.subscriptionId}`);
          if (item.partnerIdOnRecord !== (resellerId ? mpnOf.get(resellerId) : undefined))
            problems.push(`order ${order.id}: partnerIdOnRecord ${item.partnerIdOnRecord}`);
        }
      }
      for (const subscription of record.data().subscriptions) {
        if (!orderById.has((subscription.orderId ?? '').toLowerCase()))
          problems.push(`subscription ${subscription.id}: no order ${subscription.orderId}`);
      }
    }
    expect(orderIds.size).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
