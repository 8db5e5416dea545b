// "pending orders": every customer's pending orders from the partner-wide index, with totals per customer,
// what the index covers, paging and buttons into the per-customer cards; "pending orders for contoso" stays
// the orders command. The index is a memory store filled with records as the crawler builds them.
import { runCommand } from '../../../src/commands';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { readSubmit } from '../../../src/commands/registry';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { indexedOrder } from '../../../src/index/records';
import { StoreUnavailableError } from '../../../src/state/store-unavailable';
import { commandSuite } from '../../support/command-suite';
import { cardText, submitActions } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import {
  CONTOSO,
  FABRIKAM,
  NORTHWIND,
  NOW,
  acrossEnv,
  filledIndex,
  order,
} from '../shared/across/index-fixture';

const TODAY = new Date(NOW);
const suite = commandSuite('c0ffee00-0000-4000-8000-000000000018');
beforeEach(() => suite.sandbox.clearRequests());
afterEach(() => expect(suite.sandbox.requests).toEqual([]));

describe('reading "pending orders"', () => {
  it.each([
    'pending orders',
    'Pending Orders',
    'all pending orders',
    'show me all the pending orders please',
    'pending orders across all customers',
    'all pending orders across customers',
    'pending orders for every customer',
    'which orders are pending?',
    'pending',
  ])('%s', (text) => {
    expect(parseCommand(text, TODAY)).toEqual({ ok: true, command: { kind: 'pending' } });
  });

  it('keeps a customer for the orders command, and watching for the watch command', () => {
    expect(parseCommand('pending orders for contoso', TODAY)).toEqual({
      ok: true,
      command: { kind: 'orders', customer: 'contoso', filters: { status: 'pending' } },
    });
    expect(parseCommand('contoso pending orders', TODAY)).toMatchObject({
      ok: true,
      command: { kind: 'orders', customer: 'contoso' },
    });
    expect(parseCommand('watch pending orders for contoso', TODAY)).toEqual({
      ok: true,
      command: { kind: 'watch', customer: 'contoso' },
    });
    expect(parseCommand('help pending', TODAY)).toEqual({
      ok: true,
      command: { kind: 'help', topic: 'pending' },
    });
  });

  it('reads a page, and writes itself back as text that reads the same', () => {
    const parsed = parseCommand('pending orders skip 10', TODAY);
    expect(parsed).toEqual({ ok: true, command: { kind: 'pending', offset: 10 } });
    if (parsed.ok) expect(parseCommand(formatCommand(parsed.command), TODAY)).toEqual(parsed);
  });

  it('leaves filters it cannot apply across customers to the orders command (which asks for a customer)', () => {
    const parsed = parseCommand('pending orders monthly', TODAY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.hint).toMatch(/Which customer/);
  });
});

const pendingOf = (prefix: string, n: number, start = 0) =>
  Array.from({ length: n }, (_, i) => order(`${prefix}-pending-${i}`, 'pending', start + i));

async function twelvePending() {
  return filledIndex(
    [
      { id: CONTOSO, orders: [...pendingOf('contoso', 6), order('contoso-done', 'completed', 1)] },
      { id: FABRIKAM, orders: pendingOf('fabrikam', 4, 10) },
      { id: NORTHWIND, orders: pendingOf('northwind', 2, 20) },
    ],
    { totalCustomers: 4 },
  );
}

describe('the answer', () => {
  it('lists every pending order, newest first, with totals per customer and what the index covers', async () => {
    const { index } = await twelvePending();
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), index));
    expect(outcome).toMatchObject({ command: 'pending', result: 'ok', resultCount: 12 });
    expectValidCard(outcome.card);
    const text = cardText(outcome.card);
    expect(text).toContain('Pending orders, all customers');
    expect(text).toMatch(/^Index as of .* UTC, 3 of 4 customers; first pass 75% done$/m);
    expect(text).toContain('12 pending orders at 3 customers');
    // Names from the customer directory; a customer it does not know by its tenant id.
    expect(text).toContain(`Contoso Ltd 6 · Fabrikam Inc 4 · ${NORTHWIND} 2`);
    expect(text).toContain('1–10 of 12');
    expect(text).not.toContain('contoso-done');
    // Newest first: Contoso's (0–5 days old), then Fabrikam's (10–13), page 1 ends before Northwind's.
    const ids = [...text.matchAll(/Order id: (\S+)/g)].map((m) => m[1]);
    expect(ids).toEqual([...pendingOf('contoso', 6), ...pendingOf('fabrikam', 4, 10)].map((o) => o.id));
  });

  it('pages with Show more and Previous, each a valid click that runs the same question', async () => {
    const { index } = await twelvePending();
    const env = acrossEnv(suite.env(), index);
    const first = await runCommand({ kind: 'pending' }, env);
    const more = submitActions(first.card).find((a) => a.title === 'Show more (11–12 of 12)');
    expect(more).toBeDefined();
    const reading = readSubmit(more!.data);
    expect(reading).toEqual({ kind: 'command', command: { kind: 'pending', offset: 10 } });
    if (reading.kind !== 'command') return;
    const second = await runCommand(reading.command, env);
    expectValidCard(second.card);
    const text = cardText(second.card);
    expect(text).toContain('11–12 of 12');
    expect([...text.matchAll(/Order id: (\S+)/g)].map((m) => m[1])).toEqual(
      pendingOf('northwind', 2, 20).map((o) => o.id),
    );
    const previous = submitActions(second.card).find((a) => a.title === 'Previous (1–10 of 12)');
    expect(readSubmit(previous!.data)).toEqual({ kind: 'command', command: { kind: 'pending' } });
    expect(submitActions(second.card).map((a) => a.title)).not.toContain(expect.stringMatching(/^Show more/));
  });

  it("has buttons into the customer's own cards: the order, and the customer's pending orders", async () => {
    const { index } = await twelvePending();
    const card = (await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), index))).card;
    const buttons = submitActions(card);
    const details = buttons.filter((b) => b.title === 'Details').map((b) => readSubmit(b.data));
    expect(details[0]).toEqual({
      kind: 'command',
      command: { kind: 'order', customer: CONTOSO, orderId: 'contoso-pending-0' },
    });
    const orders = buttons.filter((b) => b.title === "Customer's orders").map((b) => readSubmit(b.data));
    expect(orders).toHaveLength(10);
    expect(orders[9]).toEqual({
      kind: 'command',
      command: { kind: 'orders', customer: FABRIKAM, filters: { status: 'pending' } },
    });
    expect(readSubmit(buttons.find((b) => b.title === 'Refresh')!.data)).toEqual({
      kind: 'command',
      command: { kind: 'pending' },
    });
  });

  it('names the eight largest customers, then says how many more', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
      orders: pendingOf(`c${i}`, 1),
    }));
    const { index } = await filledIndex(many);
    const text = cardText((await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), index))).card);
    expect(text).toContain('11 pending orders at 11 customers');
    expect(text).toContain('+3 more customers');
    // No total listed yet: what it holds is all it knows of, so no first-pass share is shown.
    expect(text).toMatch(/Index as of .* UTC, 11 of 11 customers$/m);
  });

  it('says so when nothing is pending', async () => {
    const { index } = await filledIndex([{ id: CONTOSO, orders: [order('done', 'completed', 1)] }], {
      totalCustomers: 1,
      firstPassDoneAt: NOW,
    });
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), index));
    expectValidCard(outcome.card);
    const text = cardText(outcome.card);
    expect(text).toContain('No pending orders in the index.');
    expect(text).toMatch(/Index as of .* UTC, 1 of 1 customers$/m);
    expect(text).not.toContain('first pass');
  });

  it.each([
    [
      'pt-BR',
      '12 pedidos pendentes de 3 clientes',
      'primeira leitura 75% concluída',
      'Mostrar mais (11–12 de 12)',
    ],
    ['zh-CN', '3 个客户共 12 个待处理订单', '首轮读取已完成 75%', '显示更多（第 11–12 个，共 12 个）'],
    [
      'it',
      '12 ordini in sospeso di 3 clienti',
      'prima lettura: 75% completata',
      'Mostra altri (11–12 di 12)',
    ],
  ])('answers in %s', async (locale, headline, pass, more) => {
    const { index } = await twelvePending();
    const card = (await runCommand({ kind: 'pending' }, acrossEnv(suite.env({ locale }), index))).card;
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain(headline);
    expect(text).toContain(pass);
    expect(submitActions(card).map((a) => a.title)).toContain(more);
  });
});

describe('without an index to read', () => {
  it('says plainly that there is none', async () => {
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), undefined));
    expect(outcome).toMatchObject({ command: 'pending', result: 'notFound' });
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('This bot keeps no order index');
  });

  it('says plainly that it is empty', async () => {
    const index = new PartnerIndex(new MemoryIndexStore(100));
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), index));
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('The order index is empty: no customer has been read yet.');
    expect(readSubmit(submitActions(outcome.card).find((a) => a.title === 'Refresh')!.data)).toEqual({
      kind: 'command',
      command: { kind: 'pending' },
    });
  });

  it('says it cannot be read now when its shared store does not answer', async () => {
    const store = new MemoryIndexStore(100);
    store.stats = () => Promise.reject(new StoreUnavailableError('index', 'read', 'timeout'));
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), new PartnerIndex(store)));
    expect(outcome.result).toBe('error');
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('The order index cannot be read right now');
  });

  it('says when it holds only what people asked about (no customer read whole yet)', async () => {
    const store = new MemoryIndexStore(100, () => NOW);
    await store.upsert([indexedOrder(order('asked', 'pending', 1), CONTOSO, NOW)], [], NOW);
    const outcome = await runCommand({ kind: 'pending' }, acrossEnv(suite.env(), new PartnerIndex(store)));
    const text = cardText(outcome.card);
    expect(text).toContain('The index holds only the customers people asked about so far');
    expect(text).toContain('1 pending order at 1 customer');
  });
});
