// Watches tell the truth (issue 18), through the whole pipeline (sandbox, client, cache, index, bot, poller,
// connector): "watch pending orders" says how many it skipped at the cap; a notice says since when the order
// was pending (its creation), not since the watch began; and a completed order's notice names the
// subscriptions it created, with their quantities.

import { NORTHWIND_TENANT_ID } from '../../dev/sandbox';
import { localizer } from '../../src/cards/locale';
import { parsePartnerCenterDate } from '../../src/partnercenter/dates';
import type { Order } from '../../src/partnercenter/models';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';

const CONTOSO_PENDING = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const ask = async (harness: Harness, text: string, conversationId: string) =>
  cardText((await sendToBot(harness.app.url, harness.connector, text, { conversationId })).cards.at(-1));

const noticesIn = (harness: Harness, conversationId: string, orderId: string) =>
  harness.connector
    .conversation(conversationId)
    .map((r) => cardText(r.activity.attachments?.[0]?.content))
    .filter((text) => text.includes(`Order ${orderId} of`));

/** A pending Northwind order whose line items all create subscriptions (two of them at least). */
async function pendingWithSubscriptions(harness: Harness, skip = 0): Promise<Order> {
  const orders = await harness.app.api.listOrders(NORTHWIND_TENANT_ID, {}, { correlationId: 'test' });
  const found = orders.filter(
    (o) =>
      o.status === 'pending' &&
      (o.lineItems?.length ?? 0) >= 2 &&
      (o.lineItems ?? []).every((l) => l.subscriptionId),
  )[skip];
  if (!found) throw new Error('the sandbox has no such pending Northwind order');
  return found;
}

const createdText = (order: Order) => localizer('en-US').dateTime(order.creationDate);

describe('watch truthfulness', () => {
  it('says how many pending orders it watched and how many it skipped at the cap', async () => {
    h = await startHarness({ WATCH_MAX_PER_PERSON: '25' });
    const c = 'conv-truth-cap';
    expect(await ask(h, `watch order ${CONTOSO_PENDING} for contoso`, c)).toContain('Watching order');
    const said = await ask(h, 'watch pending orders for northwind', c);
    expect(said).toContain('Watching 24 of the 91 pending orders of Northwind Traders.');
    expect(said).toContain('Skipped 67 at the cap: you hold the most watches allowed (25).');
    expect(said).toMatch(/see them with: watches/);
    expect(said).toMatch(/unwatch <order id>/);
  });

  it('announces a completion with since when it was pending and the subscriptions it created', async () => {
    h = await startHarness();
    const order = await pendingWithSubscriptions(h);
    const c = 'conv-truth-complete';
    await ask(h, `watch order ${order.id} for northwind`, c);
    // The watches list says since when the order is pending, too.
    expect(await ask(h, 'watches', c)).toContain(`Pending since ${createdText(order)}`);

    const done = await fetch(`${h.app.sandbox!.url}/_sandbox/orders/${order.id}/complete`, {
      method: 'POST',
    });
    expect(done.status).toBe(200);
    await h.app.poller.tick(true);
    const notices = noticesIn(h, c, order.id);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice).toMatch(/Status: Pending → Completed/);
    expect(notice).toContain(`It was Pending for `);
    expect(notice).toContain(`, since ${createdText(order)}.`);
    expect(notice).toContain(`Subscriptions it created (${order.lineItems!.length}):`);
    for (const line of order.lineItems!)
      expect(notice).toContain(`${line.friendlyName}, quantity ${line.quantity}, id ${line.subscriptionId}`);
    expect(notice).not.toMatch(/no subscriptions/);
    expect(notice).toContain('The watch ends');
  });

  it("dates a watch stored before from the index's record, and says nothing it does not know", async () => {
    h = await startHarness({ PARTNER_CENTER_BUDGET_PER_MINUTE: '4000' });
    const order = await pendingWithSubscriptions(h, 1);
    const c = 'conv-truth-old-watch';
    await ask(h, `watch order ${order.id} for northwind`, c);
    // As stored before this change: "since" is when the watch was made.
    const store = h.app.state.watchStore;
    const [watch] = await store.all();
    await store.remove(watch!.id);
    await store.add(
      { ...watch!, state: { ...watch!.state, since: new Date(watch!.createdAt).toISOString() } },
      25,
    );

    await h.app.poller.tick(true); // the first provisioning read is where the watch starts from
    await fetch(`${h.app.sandbox!.url}/_sandbox/orders/${order.id}/provision`, { method: 'POST' });
    await h.app.poller.tick(true);
    const [step] = noticesIn(h, c, order.id);
    expect(step).toContain('Provisioning: Pending → Fulfilled 1, Pending');
    // The order's body is not read for a provisioning step: the partner-wide index knows when it was created.
    expect(step).toContain(`It has been Pending for `);
    expect(step).toContain(`, since ${createdText(order)}.`);
    expect(parsePartnerCenterDate(order.creationDate)).toBeLessThan(watch!.createdAt);
  });
});
