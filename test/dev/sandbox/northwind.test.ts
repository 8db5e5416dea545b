import type { Subscription } from '../../../src/partnercenter/models';
// The bodies as the sandbox writes them (the documented shapes).
import type {
  SandboxCollection as Collection,
  SandboxOrder as Order,
} from '../../../dev/sandbox/fixtures/types';
import { NORTHWIND_ORDER_COUNT, NORTHWIND_TENANT_ID } from '../../../dev/sandbox';
import { authHeaders, getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const ORDERS = `/v1/customers/${NORTHWIND_TENANT_ID}/orders`;

/** Follows links.next as a client would, sending the continuation header back. */
async function readAll<T>(path: string): Promise<{ items: T[]; pages: Collection<T>[] }> {
  const pages: Collection<T>[] = [];
  let page = (await getJson<Collection<T>>(sandbox(), path)).body;
  pages.push(page);
  while (page.links?.next) {
    const next: { uri: string; headers: { key: string; value: string }[] } = page.links.next;
    const headers = authHeaders(Object.fromEntries(next.headers.map((h) => [h.key, h.value])));
    const res = await getJson<Collection<T>>(sandbox(), next.uri, headers);
    expect(res.status).toBe(200);
    page = res.body;
    pages.push(page);
  }
  return { items: pages.flatMap((p) => p.items), pages };
}

describe('Northwind Traders, a customer with more orders than a page', () => {
  it('pages its orders 500 at a time with MS-ContinuationToken', async () => {
    const { items, pages } = await readAll<Order>(`${ORDERS}?include_system_purchases=true`);
    expect(items).toHaveLength(NORTHWIND_ORDER_COUNT);
    expect(new Set(items.map((o) => o.id)).size).toBe(NORTHWIND_ORDER_COUNT);
    expect(pages.map((p) => p.totalCount)).toEqual([500, 500, 200]);
    const next = pages[0]?.links?.next;
    expect(next?.uri).toBe(
      `/v1/customers/${NORTHWIND_TENANT_ID}/orders?include_system_purchases=true&seekOperation=Next`,
    );
    const recorded = sandbox().requests;
    expect(recorded).toHaveLength(3);
    expect(recorded[0]?.headers['ms-continuationtoken']).toBeUndefined();
    expect(recorded[1]?.headers['ms-continuationtoken']).toBe(next?.headers[0]?.value);
    expect(recorded[1]?.query.seekOperation).toBe('Next');
  });

  it('has every billing cycle, every status, three currencies and system purchases', async () => {
    const { items } = await readAll<Order>(`${ORDERS}?include_system_purchases=true&include_price=true`);
    expect(new Set(items.map((o) => o.billingCycle))).toEqual(
      new Set(['monthly', 'annual', 'one_time', 'triennial', 'none']),
    );
    expect(new Set(items.map((o) => o.status))).toEqual(
      new Set(['completed', 'pending', 'cancelled', 'po_upload_complete', 'unknown']),
    );
    expect(new Set(items.map((o) => o.currencyCode))).toEqual(new Set(['USD', 'EUR', 'GBP']));
    expect(items.filter((o) => o.transactionType === 'SystemPurchase').length).toBeGreaterThan(5);
    expect(items.filter((o) => o.transactionType === 'SystemBilling').length).toBeGreaterThan(5);
    const years = new Set(items.map((o) => o.creationDate.slice(0, 4)));
    for (let year = 2018; year <= 2026; year++) expect(years).toContain(String(year));
    for (const order of items) {
      expect(order.lineItems.length).toBeGreaterThanOrEqual(1);
      expect(order.lineItems.length).toBeLessThanOrEqual(3);
      expect(typeof order.totalPrice).toBe('number');
    }
  });

  it('keeps the filter on later pages (it travels in the token)', async () => {
    const { items } = await readAll<Order>(`${ORDERS}?billingType=monthly`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((o) => o.billingCycle === 'monthly')).toBe(true);
    expect(items.some((o) => o.transactionType === 'SystemPurchase')).toBe(false);
  });

  it('serves the subscriptions of its orders, paged as well', async () => {
    const { items, pages } = await readAll<Subscription>(
      `/v1/customers/${NORTHWIND_TENANT_ID}/subscriptions`,
    );
    expect(pages.length).toBeGreaterThan(1);
    const orders = (await readAll<Order>(`${ORDERS}?include_system_purchases=true`)).items;
    const fromLineItems = new Set(
      orders.flatMap((o) => o.lineItems.map((l) => l.subscriptionId?.toLowerCase())),
    );
    fromLineItems.delete(undefined);
    expect(new Set(items.map((s) => s.id.toLowerCase()))).toEqual(fromLineItems);
    const byOrder = orders.find((o) => o.lineItems.some((l) => l.subscriptionId));
    const subs = await getJson<Collection<Subscription>>(
      sandbox(),
      `/v1/customers/${NORTHWIND_TENANT_ID}/subscriptions?order_id=${byOrder?.id ?? ''}`,
    );
    expect(subs.body.items.length).toBeGreaterThan(0);
    expect(subs.body.items.every((s) => s.orderId === byOrder?.id)).toBe(true);
  });
});
