// A watched pending order whose provisioning moves on before its status does: the thread hears each step once,
// then the completion that ends the watch. With app-only credentials (Partner Center answers 403 / 900329)
// the poller says once that watches follow the status only, and stops asking.

import { NORTHWIND_TENANT_ID } from '../../dev/sandbox';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** A pending Northwind order with two line items (the sandbox's fixtures have several). */
async function twoLinePendingOrder(harness: Harness): Promise<string> {
  const orders = await harness.app.api.listOrders(NORTHWIND_TENANT_ID, {}, { correlationId: 'test' });
  const order = orders.find((o) => o.status === 'pending' && o.lineItems?.length === 2);
  if (!order) throw new Error('the sandbox has no pending two-line order for Northwind');
  return order.id;
}

const provision = (harness: Harness, orderId: string) =>
  fetch(`${harness.app.sandbox!.url}/_sandbox/orders/${orderId}/provision`, { method: 'POST' });

const noticesIn = (harness: Harness, conversationId: string, orderId: string) =>
  harness.connector
    .conversation(conversationId)
    .map((r) => cardText(r.activity.attachments?.[0]?.content))
    .filter((text) => text.includes(`Order ${orderId} of`));

const provisioningReads = (harness: Harness) =>
  harness.app.sandbox!.requests.filter((r) => /\/provisioningstatus$/i.test(r.path)).length;

describe('watch follows provisioning', () => {
  it('announces each provisioning step once, then the completion', async () => {
    // Four rounds in a moment: more than the poller's tenth of the default budget lets through in a burst.
    h = await startHarness({ PARTNER_CENTER_BUDGET_PER_MINUTE: '4000' });
    const orderId = await twoLinePendingOrder(h);
    const c = 'conv-provisioning';
    await sendToBot(h.app.url, h.connector, `watch order ${orderId} for northwind`, { conversationId: c });

    await h.app.poller.tick(true); // the first read is where the watch starts from
    expect(provisioningReads(h)).toBeGreaterThan(0);
    expect(noticesIn(h, c, orderId)).toHaveLength(0);

    expect((await provision(h, orderId)).status).toBe(200);
    await h.app.poller.tick(true);
    await h.app.poller.tick(true);
    const [step] = noticesIn(h, c, orderId);
    expect(noticesIn(h, c, orderId)).toHaveLength(1);
    expect(step).toContain('Provisioning: Pending → Fulfilled 1, Pending 1');
    expect(step).not.toContain('Status:');
    expect(step).toContain('Stop watching');

    await provision(h, orderId); // the last line item: the order completes
    await h.app.poller.tick(true);
    const notices = noticesIn(h, c, orderId);
    expect(notices).toHaveLength(2);
    expect(notices[1]).toMatch(/Status: Pending → Completed/);
    expect(notices[1]).toContain('The watch ends');
    expect(await h.app.state.watchStore.all()).toHaveLength(0);
  });

  it('follows the status only when provisioning needs App+User credentials', async () => {
    h = await startHarness();
    const orderId = await twoLinePendingOrder(h);
    const c = 'conv-app-only';
    await sendToBot(h.app.url, h.connector, `watch order ${orderId} for northwind`, { conversationId: c });
    h.app.sandbox!.knobs.faults.push({ match: '/provisioningstatus', status: 403, code: 900329 });
    h.app.sandbox!.clearRequests();

    await h.app.poller.tick(true);
    await h.app.poller.tick(true);
    expect(provisioningReads(h)).toBe(1);
    const said = h.logs.records().filter((r) => /follow order status only/.test(String(r.msg)));
    expect(said).toHaveLength(1);

    await fetch(`${h.app.sandbox!.url}/_sandbox/orders/${orderId}/complete`, { method: 'POST' });
    await h.app.poller.tick(true);
    expect(noticesIn(h, c, orderId)).toHaveLength(1);
  });
});
