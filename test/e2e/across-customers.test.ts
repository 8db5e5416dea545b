// Issue 18, "Across customers", through the real app (sandbox, restify, botbuilder, the Emulator's connector):
// before the index has read anyone "pending orders" says so plainly; once the crawler has read the sandbox's
// customers it lists every pending order with totals per customer and what the index covers, pages both ways,
// and its buttons open the customer's own cards (answered by Partner Center, here the sandbox).
import { readSubmit } from '../../src/commands/registry';
import { cardText, sendToBot } from '../support/emulator';
import { stopHarness, type Harness } from '../support/harness';
import { crawlAll, startIndexedHarness } from '../support/indexed-harness';
import { expectValidCard } from '../cards/validate-card';
import { submitActions } from '../cards/card-fixtures';

let e2e: Harness;
beforeAll(async () => {
  e2e = await startIndexedHarness();
});
afterAll(() => stopHarness(e2e));

async function ask(text: string | undefined, value?: unknown) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, { value });
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  const card = result.cards[0]!;
  expectValidCard(card);
  return { card, text: cardText(card), actions: submitActions(card) };
}

const orderIds = (text: string) => [...text.matchAll(/Order id: (\S+)/g)].map((m) => m[1]!);

describe('pending orders across customers', () => {
  it('says plainly that the index is empty before it has read anyone', async () => {
    const { text } = await ask('pending orders');
    expect(text).toContain('The order index is empty: no customer has been read yet.');
  });

  it('lists every pending order once the crawler has read the customers, and pages both ways', async () => {
    await crawlAll(e2e);
    const { totalCustomers } = await e2e.app.index.coverage();
    const pending = await e2e.app.index.pendingOrders(0, 5_000);
    expect(pending.total).toBeGreaterThan(10);

    const first = await ask('show me all pending orders');
    expect(first.text).toContain('Pending orders, all customers');
    expect(first.text).toMatch(
      new RegExp(`^Index as of .* UTC, ${totalCustomers} of ${totalCustomers} customers$`, 'm'),
    );
    const customers = new Set(pending.items.map((o) => o.cust)).size;
    expect(first.text).toContain(`${pending.total} pending orders at ${customers} customers`);
    // Totals per customer by name (the customer directory), largest first.
    expect(first.text).toMatch(/^By customer\nNorthwind Traders \d+ · .*Contoso \d+/m);
    expect(orderIds(first.text)).toEqual(pending.items.slice(0, 10).map((o) => o.id));

    const next = first.actions.find((a) => a.title.startsWith('Show more (11–'));
    expect(next).toBeDefined();
    const second = await ask(undefined, next!.data);
    expect(second.text).toContain(`11–${Math.min(20, pending.total)} of ${pending.total}`);
    expect(orderIds(second.text)).toEqual(pending.items.slice(10, 20).map((o) => o.id));

    const previous = second.actions.find((a) => a.title === `Previous (1–10 of ${pending.total})`);
    expect(previous).toBeDefined();
    const back = await ask(undefined, previous!.data);
    expect(orderIds(back.text)).toEqual(orderIds(first.text));
  });

  it("opens the customer's own cards from a row: the order, and the customer's pending orders", async () => {
    const list = await ask('pending orders');
    // The first row: its customer's name, then its Details and Customer's orders buttons.
    const lines = list.text.split('\n');
    const name = lines[lines.findIndex((line) => /^1–10 of \d+$/.test(line)) + 1]!;
    const [details, theirs] = list.actions;
    expect([details?.title, theirs?.title]).toEqual(['Details', "Customer's orders"]);
    const reading = readSubmit(details!.data);
    expect(reading).toMatchObject({ kind: 'command', command: { kind: 'order' } });
    const orderId = reading.kind === 'command' && 'orderId' in reading.command ? reading.command.orderId : '';

    const order = await ask(undefined, details!.data);
    expect(order.text).toContain(`Order id: ${orderId}`);
    expect(order.text).toContain(name);
    const orders = await ask(undefined, theirs!.data);
    expect(orders.text.split('\n')[0]).toBe(name);
    expect(orders.text).toContain('Status\nPending');
    expect(orders.text).toContain(orderId);
  });

  it('answers the other questions across customers from the same index', async () => {
    const who = await ask('who has azure plan');
    expect(who.text).toMatch(/\d+ subscriptions? at \d+ customers?/);
    const recent = await ask('orders since 2000-01-01');
    expect(recent.text).toMatch(/\d+ orders at \d+ customers/);
    // With a customer named, "pending orders" is the customer's own list, as before.
    const own = await ask('pending orders for contoso');
    expect(own.text).toContain('Status\nPending');
    expect(own.text).not.toContain('all customers');
  });
});
