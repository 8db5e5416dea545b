// Answers of the wrong shape are refused as 'malformed' (the sandbox serves them through a fault rule with a
// body); answers shaped like real data (unknown fields, unknown enum values, nulls) are accepted.

import { isPartnerCenterError } from '../../src/partnercenter/errors';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

const ORDER_ID = 'eeba9d00-7b46-443a-917e-22887a8fc993';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
});
afterAll(() => pc.sandbox.close());
beforeEach(() => {
  pc.sandbox.knobs.reset();
  pc.sandbox.clearRequests();
});

const serve = (match: string, body: unknown) =>
  pc.sandbox.knobs.faults.push({ match, status: 200, body, times: 1 });

async function malformed(call: Promise<unknown>): Promise<string> {
  const err: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPartnerCenterError(err)) throw new Error(`expected a PartnerCenterError, got ${String(err)}`);
  expect(err.reason).toBe('malformed');
  expect(err.correlationId).toBe(turn().correlationId);
  expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return err.description ?? '';
}

describe('answers of the wrong shape', () => {
  it('refuses a collection whose items are not an array', async () => {
    serve('/orders', { totalCount: 1, items: 'not a list' });
    expect(await malformed(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn()))).toContain('items');
  });

  it('refuses an order without an id, in a list and alone', async () => {
    serve('/orders', { items: [{ status: 'completed', lineItems: [] }] });
    expect(await malformed(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn()))).toContain('items.0.id');
    serve(`/orders/${ORDER_ID}`, { status: 'completed' });
    expect(await malformed(pc.client.getOrder(CONTOSO_TENANT_ID, ORDER_ID, turn()))).toContain('id');
  });

  it('refuses a customer without companyProfile', async () => {
    serve('/customers/', { id: CONTOSO_TENANT_ID });
    expect(await malformed(pc.client.getCustomer(CONTOSO_TENANT_ID, turn()))).toContain('companyProfile');
    serve('/customers', { items: [{ id: 'x', companyProfile: { companyName: 7, domain: 'x.example' } }] });
    await malformed(pc.client.searchCustomers('CompanyName', 'x', turn()));
  });

  it('refuses fields of the wrong type, and a reseller without a name', async () => {
    serve('/subscriptions', { items: [{ id: 's', quantity: 'five' }] });
    expect(await malformed(pc.client.listSubscriptions(CONTOSO_TENANT_ID, turn()))).toContain('quantity');
    serve('/relationships', { items: [{ id: 'r' }] });
    await malformed(pc.client.listIndirectResellers(turn()));
    serve('/orders', { items: [], links: { next: { uri: 42 } } });
    await malformed(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn()));
    serve('/orders', 'a string');
    await malformed(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn()));
  });

  it('names the field, never its value', async () => {
    serve('/orders', { items: [{ id: 'o', status: { secret: 'do-not-log' } }] });
    const description = await malformed(pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn()));
    expect(description).toContain('items.0.status');
    expect(description).not.toContain('do-not-log');
  });
});

describe('answers shaped like real data', () => {
  it('keeps unknown fields, unknown enum values and null optional fields', async () => {
    serve('/orders', {
      totalCount: 1,
      items: [
        {
          id: 'o-1',
          status: 'some_new_status',
          billingCycle: 'quadrennial',
          alternateId: null,
          newField: { nested: true },
          lineItems: [{ lineItemNumber: 0, offerId: 'X', quantity: 1, pricing: null, extra: 1 }],
        },
      ],
      attributes: { objectType: 'Collection' },
    });
    const [order] = await pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn());
    expect(order).toMatchObject({ id: 'o-1', status: 'some_new_status', newField: { nested: true } });
  });

  it("reads a subscription's renewal fields as answers vary them, null and absent alike", async () => {
    serve('/subscriptions', {
      items: [
        {
          id: 's-1',
          cancellationAllowedUntilDate: '2026-12-09T03:12:45.1234567Z',
          refundableQuantity: { totalQuantity: 3, details: [{ quantity: 3, allowedUntilDateTime: null }] },
          refundOptions: [{ type: 'Partial', expiresAt: '2026-12-09T03:12:45Z', sequenceId: 1 }],
          scheduledNextTermInstructions: {
            product: {
              productId: 'CFQ7TTC0LCHC',
              skuId: '0001',
              billingCycle: 'Annual',
              termDuration: 'p1y',
            },
            quantity: 45,
            customTermEndDate: null,
          },
        },
        { id: 's-2', cancellationAllowedUntilDate: null, refundableQuantity: 0, refundOptions: null },
        { id: 's-3', scheduledNextTermInstructions: { termDuration: 'P1M', billingCycle: 'monthly' } },
      ],
    });
    const [first, second, third] = await pc.client.listSubscriptions(CONTOSO_TENANT_ID, turn());
    expect(first?.scheduledNextTermInstructions?.product?.productId).toBe('CFQ7TTC0LCHC');
    expect(second?.cancellationAllowedUntilDate).toBeNull();
    expect(third?.scheduledNextTermInstructions?.termDuration).toBe('P1M');
    serve('/subscriptions', { items: [{ id: 's', scheduledNextTermInstructions: { quantity: 'many' } }] });
    expect(await malformed(pc.client.listSubscriptions(CONTOSO_TENANT_ID, turn()))).toContain(
      'scheduledNextTermInstructions.quantity',
    );
  });

  it('accepts every answer of the sandbox', async () => {
    const ctx = turn();
    const orders = await pc.client.listOrders(CONTOSO_TENANT_ID, { includePrice: true }, ctx);
    expect(orders.length).toBeGreaterThan(0);
    await pc.client.getOrder(CONTOSO_TENANT_ID, ORDER_ID, ctx, true);
    await pc.client.listSubscriptions(CONTOSO_TENANT_ID, ctx);
    await pc.client.searchCustomers('CompanyName', 'contoso', ctx);
    await pc.client.getCustomer(CONTOSO_TENANT_ID, ctx);
    expect((await pc.client.listIndirectResellers(ctx)).length).toBeGreaterThan(0);
  });
});
