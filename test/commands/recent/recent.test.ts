// "orders today", "orders this week", "orders since monday": every customer's orders created or changed in a
// period, as the index saw them (a change is dated when the crawler read it), with totals per customer and
// paging. With a customer named it stays the orders command.
import { runCommand } from '../../../src/commands';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { readSubmit } from '../../../src/commands/registry';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { indexedOrder } from '../../../src/index/records';
import { commandSuite } from '../../support/command-suite';
import { cardText, submitActions } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { CONTOSO, FABRIKAM, NORTHWIND, NOW, acrossEnv, order } from '../shared/across/index-fixture';

/** Thursday 15 January 2026. */
const THURSDAY = new Date(NOW);
const MONDAY = new Date('2026-01-19T08:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const suite = commandSuite('c0ffee00-0000-4000-8000-000000000018');
beforeEach(() => suite.sandbox.clearRequests());
afterEach(() => expect(suite.sandbox.requests).toEqual([]));

describe('reading a period across customers', () => {
  it.each([
    ['orders today', { since: '2026-01-15', until: '2026-01-15' }],
    ['orders this week', { since: '2026-01-12', until: '2026-01-15' }],
    ['orders since monday', { since: '2026-01-12' }],
    ['orders since last monday', { since: '2026-01-12' }],
    ['all orders since Friday', { since: '2026-01-09' }],
    ['orders yesterday across all customers', { since: '2026-01-14', until: '2026-01-14' }],
    ['new orders in the last 7 days', { since: '2026-01-09', until: '2026-01-15' }],
    ['what changed today', { since: '2026-01-15', until: '2026-01-15' }],
    ['recent orders', { since: '2026-01-09' }],
    ['changes', { since: '2026-01-09' }],
    ['cancelled orders this week', { since: '2026-01-12', until: '2026-01-15', status: 'cancelled' }],
    ['cancelled orders yesterday', { since: '2026-01-14', until: '2026-01-14', status: 'cancelled' }],
    ['orders since 2026-01-01 skip 10', { since: '2026-01-01', offset: 10 }],
  ])('%s', (text, fields) => {
    const parsed = parseCommand(text, THURSDAY);
    expect(parsed).toEqual({ ok: true, command: { kind: 'recent', ...fields } });
    if (parsed.ok) expect(parseCommand(formatCommand(parsed.command), THURSDAY)).toEqual(parsed);
  });

  it('reads a day name as the latest such day: today on that day, a week back after "last"', () => {
    expect(parseCommand('orders since monday', MONDAY)).toEqual({
      ok: true,
      command: { kind: 'recent', since: '2026-01-19' },
    });
    expect(parseCommand('orders since last monday', MONDAY)).toEqual({
      ok: true,
      command: { kind: 'recent', since: '2026-01-12' },
    });
    // The orders command reads them too.
    expect(parseCommand('orders for contoso since friday', THURSDAY)).toEqual({
      ok: true,
      command: { kind: 'orders', customer: 'contoso', filters: { since: '2026-01-09' } },
    });
  });

  it('leaves a customer, or a list with no period, to the orders command', () => {
    expect(parseCommand('orders for contoso today', THURSDAY)).toEqual({
      ok: true,
      command: { kind: 'orders', customer: 'contoso', filters: { since: '2026-01-15', until: '2026-01-15' } },
    });
    for (const text of ['orders', 'orders monthly today', 'orders before 2026-01-01']) {
      const parsed = parseCommand(text, THURSDAY);
      expect({ text, ok: parsed.ok }).toEqual({ text, ok: false });
    }
  });
});

/**
 * Contoso: one order created 20 days ago, pending at the first read, completed when read again today, and two
 * created today. Fabrikam: one created 3 days ago. Northwind: one created 40 days ago, unchanged.
 */
async function changedIndex(): Promise<PartnerIndex> {
  const store = new MemoryIndexStore(100, () => NOW);
  const early = NOW - 10 * DAY;
  const today = NOW - 2 * HOUR;
  const old = order('contoso-old', 'pending', 20);
  await store.putCustomer({ customerId: CONTOSO, orders: [indexedOrder(old, CONTOSO, early)], at: early });
  await store.putCustomer({
    customerId: CONTOSO,
    orders: [
      { ...old, status: 'completed' },
      order('contoso-new-1', 'pending', 0.1),
      order('contoso-new-2', 'completed', 0.2),
    ].map((o) => indexedOrder(o, CONTOSO, today)),
    at: today,
  });
  await store.putCustomer({
    customerId: FABRIKAM,
    orders: [indexedOrder(order('fabrikam-3d', 'pending', 3), FABRIKAM, today)],
    at: today,
  });
  await store.putCustomer({
    customerId: NORTHWIND,
    orders: [indexedOrder(order('northwind-old', 'completed', 40), NORTHWIND, today)],
    at: today,
  });
  await store.setProgress({ totalCustomers: 3, firstPassDoneAt: today });
  return new PartnerIndex(store);
}

const idsOf = (text: string) => [...text.matchAll(/Order id: (\S+)/g)].map((m) => m[1]);

describe('the answer', () => {
  it('lists orders created or changed today, most recent change first, with the change dated', async () => {
    const env = acrossEnv(suite.env(), await changedIndex());
    const outcome = await runCommand({ kind: 'recent', since: '2026-01-15', until: '2026-01-15' }, env);
    expect(outcome).toMatchObject({ command: 'recent', result: 'ok', resultCount: 3 });
    expectValidCard(outcome.card);
    const text = cardText(outcome.card);
    expect(text).toContain('Orders created or changed, all customers');
    expect(text).toContain('Period\nJan 15, 2026');
    expect(text).toContain('3 orders at 1 customer');
    expect(text).toContain('Contoso Ltd 3');
    expect(idsOf(text)).toEqual(['contoso-old', 'contoso-new-1', 'contoso-new-2']);
    expect(text).toContain('Created Dec 26, 2025, changed Jan 15, 2026');
    expect(text).toMatch(/^Index as of .* UTC, 3 of 3 customers$/m);
  });

  it('takes everything since a day, or a status in the period', async () => {
    const env = acrossEnv(suite.env(), await changedIndex());
    const since = await runCommand({ kind: 'recent', since: '2026-01-12' }, env);
    const text = cardText(since.card);
    expect(text).toContain('Period\nsince Jan 12, 2026');
    expect(text).toContain('4 orders at 2 customers');
    expect(text).toContain('Contoso Ltd 3 · Fabrikam Inc 1');
    expect(idsOf(text)).toEqual(['contoso-old', 'contoso-new-1', 'contoso-new-2', 'fabrikam-3d']);
    const pending = await runCommand({ kind: 'recent', since: '2026-01-12', status: 'pending' }, env);
    expect(idsOf(cardText(pending.card))).toEqual(['contoso-new-1', 'fabrikam-3d']);
    expect(cardText(pending.card)).toContain('Status\nPending');
  });

  it('ends a period at its last day', async () => {
    const env = acrossEnv(suite.env(), await changedIndex());
    const outcome = await runCommand({ kind: 'recent', since: '2026-01-12', until: '2026-01-14' }, env);
    const text = cardText(outcome.card);
    expect(text).toContain('Period\nJan 12, 2026 – Jan 14, 2026');
    expect(idsOf(text)).toEqual(['fabrikam-3d']);
    const buttons = submitActions(outcome.card);
    expect(readSubmit(buttons.find((b) => b.title === 'Details')!.data)).toEqual({
      kind: 'command',
      command: { kind: 'order', customer: FABRIKAM, orderId: 'fabrikam-3d' },
    });
    expect(readSubmit(buttons.find((b) => b.title === "Customer's orders")!.data)).toEqual({
      kind: 'command',
      command: { kind: 'orders', customer: FABRIKAM, filters: {} },
    });
  });

  it('pages, keeping the period in every click', async () => {
    const store = new MemoryIndexStore(100, () => NOW);
    const orders = Array.from({ length: 13 }, (_, i) =>
      order(`n${String(i).padStart(2, '0')}`, 'pending', i / 24),
    );
    await store.putCustomer({
      customerId: NORTHWIND,
      orders: orders.map((o) => indexedOrder(o, NORTHWIND, NOW)),
      at: NOW,
    });
    const env = acrossEnv(suite.env(), new PartnerIndex(store));
    const command = { kind: 'recent' as const, since: '2026-01-15', status: 'pending' };
    const first = await runCommand(command, env);
    const more = submitActions(first.card).find((a) => a.title === 'Show more (11–13 of 13)');
    const reading = readSubmit(more!.data);
    expect(reading).toEqual({ kind: 'command', command: { ...command, offset: 10 } });
    if (reading.kind !== 'command') return;
    const second = await runCommand(reading.command, env);
    expectValidCard(second.card);
    expect(idsOf(cardText(second.card))).toEqual(['n10', 'n11', 'n12']);
    expect(cardText(second.card)).toContain(`${NORTHWIND} 13`);
    const previous = submitActions(second.card).find((a) => a.title === 'Previous (1–10 of 13)');
    expect(readSubmit(previous!.data)).toEqual({ kind: 'command', command });
  });

  it('says so when nothing changed in the period', async () => {
    const env = acrossEnv(suite.env(), await changedIndex());
    const outcome = await runCommand({ kind: 'recent', since: '2025-01-01', until: '2025-01-31' }, env);
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('No orders created or changed in this period in the index.');
  });

  it.each([
    ['pt-BR', 'Período', 'Criado em 26 de dez. de 2025, alterado em 15 de jan. de 2026'],
    ['zh-CN', '期间', '创建于 2025年12月26日，变更于 2026年1月15日'],
    ['it', 'Periodo', 'Creato il 26 dic 2025, modificato il 15 gen 2026'],
  ])('answers in %s', async (locale, period, dates) => {
    const env = acrossEnv(suite.env({ locale }), await changedIndex());
    const card = (await runCommand({ kind: 'recent', since: '2026-01-15', until: '2026-01-15' }, env)).card;
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain(period);
    expect(text).toContain(dates);
  });

  it('says plainly when there is no index', async () => {
    const outcome = await runCommand(
      { kind: 'recent', since: '2026-01-15' },
      acrossEnv(suite.env(), undefined),
    );
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('This bot keeps no order index');
  });
});
