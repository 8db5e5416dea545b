// The sandbox produces what the real Partner Center does (issue 10), by default or through knobs.

import { CONTOSO_ORDER_IDS, CONTOSO_TENANT_ID } from '../../../dev/sandbox';
import type { Order, Subscription } from '../../../src/partnercenter/models';
import { getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const CONTOSO = `/v1/customers/${CONTOSO_TENANT_ID}`;

describe('ids are case-insensitive', () => {
  it('finds an order and its subscriptions by an id in upper case', async () => {
    const upper = CONTOSO_ORDER_IDS.aadP2Monthly.toUpperCase();
    const order = await getJson<Order>(sandbox(), `${CONTOSO}/orders/${upper}`);
    expect(order.status).toBe(200);
    expect(order.body.id).toBe(CONTOSO_ORDER_IDS.aadP2Monthly);
    const subs = await getJson<{ items: Subscription[] }>(
      sandbox(),
      `${CONTOSO}/subscriptions?order_id=${upper}`,
    );
    expect(subs.body.items).toHaveLength(2);
    // As in the docs, one subscription spells its order id in another case than the order does.
    expect(subs.body.items.some((s) => s.orderId !== CONTOSO_ORDER_IDS.aadP2Monthly)).toBe(true);
  });
});

describe('billingType as the REST reference types it (int32)', () => {
  it.each([
    ['1', 'monthly'],
    ['2', 'annual'],
    ['4', 'one_time'],
  ])('billingType=%s gives the %s orders', async (number, cycle) => {
    const res = await getJson<{ items: Order[] }>(sandbox(), `${CONTOSO}/orders?billingType=${number}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((o) => o.billingCycle === cycle)).toBe(true);
  });

  it('refuses a number that names no cycle', async () => {
    const res = await getJson(sandbox(), `${CONTOSO}/orders?billingType=42`);
    expect(res.status).toBe(400);
  });
});

describe('the realData knob', () => {
  beforeEach(() => {
    sandbox().knobs.realData = true;
  });

  it('capitalises enums, drops status and currencyCode on some orders, and adds unknown fields', async () => {
    const res = await getJson<{ items: Record<string, unknown>[] }>(sandbox(), `${CONTOSO}/orders`);
    const { items } = res.body;
    expect(items.map((o) => o.billingCycle)).toEqual(expect.arrayContaining(['OneTime', 'Monthly']));
    expect(items.map((o) => o.status)).toEqual(expect.arrayContaining(['Completed', 'Pending']));
    expect(items.some((o) => !('status' in o))).toBe(true);
    expect(items.some((o) => !('currencyCode' in o))).toBe(true);
    expect(items.every((o) => 'promotionId' in o)).toBe(true);
    const lines = items.flatMap((o) => o.lineItems as Record<string, unknown>[]);
    expect(lines.every((l) => l.termDuration === '')).toBe(true);
  });

  it('writes the same instants with other fraction lengths and offsets', async () => {
    const res = await getJson<{ items: Order[] }>(sandbox(), `${CONTOSO}/orders`);
    const dates = res.body.items.map((o) => o.creationDate ?? '');
    expect(dates.some((d) => /T\d\d:\d\d:\d\d$/.test(d))).toBe(true);
    expect(dates.some((d) => d.endsWith('+05:30'))).toBe(true);
    expect(dates.some((d) => /\.\d{7}-08:00$/.test(d))).toBe(true);
    sandbox().knobs.realData = false;
    const plain = await getJson<{ items: Order[] }>(sandbox(), `${CONTOSO}/orders`);
    const utc = (d: string) => Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(d) ? d : `${d}Z`);
    // The same instant, to the second (the shorter forms drop some of the fraction).
    const seconds = (ms: number) => Math.floor(ms / 1000);
    expect(dates.map((d) => seconds(utc(d)))).toEqual(
      plain.body.items.map((o) => seconds(Date.parse(o.creationDate ?? ''))),
    );
  });

  it('gives subscriptions capitalised enums and an empty termDuration', async () => {
    const res = await getJson<{ items: Subscription[] }>(sandbox(), `${CONTOSO}/subscriptions`);
    expect(res.body.items.map((s) => s.status)).toContain('Active');
    expect(res.body.items.every((s) => s.termDuration === '')).toBe(true);
  });

  it('gives PascalCase provisioning statuses', async () => {
    const path = `${CONTOSO}/orders/${CONTOSO_ORDER_IDS.riD1Pending}/provisioningstatus`;
    const res = await getJson<{ items: { status: string }[] }>(sandbox(), path);
    expect(res.body.items.map((i) => i.status)).toEqual(['Pending']);
  });

  it('has two customers named exactly "Greenhill Pharmacy", one without a domain', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CompanyName', Value: 'greenhill', Operator: 'starts_with' }),
    );
    const res = await getJson<{ items: { id: string; companyProfile: Record<string, unknown> }[] }>(
      sandbox(),
      `/v1/customers?size=10&filter=${filter}`,
    );
    expect(res.body.items.map((c) => c.companyProfile.companyName)).toEqual([
      'Greenhill Pharmacy',
      'Greenhill Pharmacy',
    ]);
    expect(res.body.items.filter((c) => !('domain' in c.companyProfile))).toHaveLength(1);
    const one = await getJson(sandbox(), `/v1/customers/${res.body.items[1]!.id}`);
    expect(one.status).toBe(200);
  });

  it('is off by default and can be turned on over HTTP', async () => {
    sandbox().knobs.reset();
    expect(sandbox().knobs.realData).toBe(false);
    const res = await fetch(`${sandbox().url}/_sandbox/knobs`, {
      method: 'POST',
      body: JSON.stringify({ realData: true }),
    });
    expect(res.status).toBe(200);
    expect(sandbox().knobs.realData).toBe(true);
  });
});

describe('error answers as real Partner Center gives them', () => {
  it('a 403 carries code 20002', async () => {
    sandbox().knobs.faults.push({ match: '/orders', status: 403, times: 1 });
    const res = await getJson<{ code: unknown }>(sandbox(), `${CONTOSO}/orders`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(20002);
  });

  it('an html fault answers an HTML page', async () => {
    sandbox().knobs.faults.push({ match: '/orders', status: 502, html: true, times: 1 });
    const res = await fetch(`${sandbox().url}${CONTOSO}/orders`, {
      headers: { Authorization: 'Bearer x' },
    });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/^<!DOCTYPE html>/);
  });
});
