import { isPartnerCenterError, PartnerCenterError } from '../../src/partnercenter/errors';
import { CONTOSO_TENANT_ID, NORTHWIND_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

const SEED_ORDER_IDS = [
  '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
  'eeba9d00-7b46-443a-917e-22887a8fc993',
  's-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1',
  'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1',
];

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient();
});
afterAll(() => pc.sandbox.close());
beforeEach(() => {
  pc.sandbox.knobs.reset();
  pc.sandbox.clearRequests();
});

describe('PartnerCenterClient against the sandbox', () => {
  it('lists all orders of a customer (seed 000)', async () => {
    const orders = await pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn());
    const ids = orders.map((o) => o.id);
    for (const id of SEED_ORDER_IDS) expect(ids).toContain(id);
    expect(orders.every((o) => o.referenceCustomerId === CONTOSO_TENANT_ID)).toBe(true);
  });

  it('gets one order by id (seed 001)', async () => {
    const order = await pc.client.getOrder(CONTOSO_TENANT_ID, 'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1', turn());
    expect(order.lineItems?.[0]?.friendlyName).toBe('Reserved_VM_Instance_Standard_NC12_AU_East_1_Year');
    expect(order.currencySymbol).toBe('$');
  });

  it('filters by billing cycle with the documented spelling (seed 002)', async () => {
    const orders = await pc.client.listOrders(CONTOSO_TENANT_ID, { billingCycle: 'one_time' }, turn());
    expect(orders.map((o) => o.id)).toEqual(
      expect.arrayContaining(['9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1', 's-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1']),
    );
    expect(orders.every((o) => o.billingCycle === 'one_time')).toBe(true);
    expect(pc.sandbox.requests.at(-1)?.query.billingType).toBe('onetime');
  });

  it('lists the subscriptions of an order (seed 003)', async () => {
    const subs = await pc.client.listSubscriptions(
      CONTOSO_TENANT_ID,
      turn(),
      'eeba9d00-7b46-443a-917e-22887a8fc993',
    );
    expect(subs.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'DB8C695B-1C3C-4C55-B697-771503DD46BF',
        '83ef9d05-4169-4ef9-9657-0e86b1eab1de',
      ]),
    );
  });

  it('lists orders through an indirect reseller with prices and system purchases (seed 004)', async () => {
    const [reseller] = await pc.client.listIndirectResellers(turn());
    expect(reseller).toBeDefined();
    const plain = await pc.client.listOrders(CONTOSO_TENANT_ID, {}, turn());
    const all = await pc.client.listOrders(
      CONTOSO_TENANT_ID,
      { includePrice: true, includeSystemPurchases: true },
      turn(),
    );
    expect(all.length).toBeGreaterThan(plain.length);
    expect(
      all.some((o) => o.transactionType === 'SystemPurchase' || o.transactionType === 'SystemBilling'),
    ).toBe(true);
    expect(all.every((o) => typeof o.totalPrice === 'number')).toBe(true);
    const query = pc.sandbox.requests.at(-1)?.query;
    expect(query).toMatchObject({ include_price: 'true', include_system_purchases: 'true' });
  });

  it('sends the documented headers, one correlation id per turn and a new request id per request', async () => {
    const ctx = turn('11111111-2222-4333-8444-555555555555');
    await pc.client.getCustomer(CONTOSO_TENANT_ID, ctx);
    await pc.client.listOrders(CONTOSO_TENANT_ID, {}, ctx);
    const [a, b] = pc.sandbox.requests;
    for (const r of [a!, b!]) {
      expect(r.headers['ms-correlationid']).toBe(ctx.correlationId);
      expect(r.headers['ms-contract-version']).toBe('v1');
      expect(r.headers['x-locale']).toBe('en-US');
      expect(r.headers.accept).toBe('application/json');
      expect(r.headers.authorization).toBeUndefined(); // the sandbox never records it
    }
    expect(a!.headers['ms-requestid']).not.toBe(b!.headers['ms-requestid']);
  });

  it('searches customers by name prefix and by domain, following seek pages', async () => {
    const byName = await pc.client.searchCustomers('CompanyName', 'CONTOSO', turn());
    expect(byName.map((c) => c.companyProfile.companyName).sort()).toEqual([
      'Contoso',
      'Contoso Pharmaceuticals',
    ]);
    const byDomain = await pc.client.searchCustomers('Domain', 'contoso.onmicrosoft.com', turn());
    expect(byDomain.map((c) => c.id)).toEqual([CONTOSO_TENANT_ID]);
    // A single letter matches several customers; size 2 makes the sandbox page with MS-ContinuationToken.
    const paged = await pc.client.searchCustomers('CompanyName', '', turn(), 5);
    expect(paged.length).toBe(5);
  });

  it('follows links.next through the orders of a customer with more than 1,000 orders', async () => {
    const orders = await pc.client.listOrders(NORTHWIND_TENANT_ID, {}, turn());
    expect(orders.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    const pages = pc.sandbox.requests.filter((r) => r.path.toLowerCase().endsWith('/orders'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]!.headers['ms-continuationtoken']).toBeTruthy();
  });

  it('strips a byte-order mark before parsing', async () => {
    pc.sandbox.knobs.bom = true;
    const customer = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.companyProfile.companyName).toBe('Contoso');
  });

  it('turns Partner Center error bodies into typed errors', async () => {
    const err = await pc.client
      .getOrder(CONTOSO_TENANT_ID, 'no-such-order', turn('aaaa0000-bb11-4222-83cc-444444dddddd'))
      .catch((e: unknown) => e);
    expect(isPartnerCenterError(err)).toBe(true);
    const e = err as PartnerCenterError;
    expect(e).toMatchObject({ reason: 'notFound', status: 404, code: 20000, operation: 'getOrder' });
    expect(e.correlationId).toBe('aaaa0000-bb11-4222-83cc-444444dddddd');
    expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports an unknown customer as not found', async () => {
    const err = await pc.client
      .getCustomer('00000000-0000-4000-8000-000000000000', turn())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'notFound', status: 404, code: 60003 });
  });

  it('reports a malformed body as malformed, not as a crash', async () => {
    pc.sandbox.knobs.malformedBody = 1;
    const err = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'malformed' });
  });
});

describe('customer names that need encoding', () => {
  it.each([`O'Brien "Labs"`, 'Braces {x} & Co', 'Back\\slash', 'Ünïcødé 株式会社', 'a+b=c?d#e%f'])(
    'sends %p to the filter JSON intact',
    async (name) => {
      await pc.client.searchCustomers('CompanyName', name, turn());
      const filter = pc.sandbox.requests.at(-1)?.query.filter ?? '';
      expect(JSON.parse(filter)).toEqual({ Field: 'CompanyName', Value: name, Operator: 'starts_with' });
    },
  );
});
