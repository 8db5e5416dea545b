// "who has E5", "subscriptions of E5": every customer's subscriptions of an offer from the partner-wide index,
// by customer, with totals, paging and buttons into the per-customer cards. "subscriptions of <order id>" and
// "subscriptions for order … for <customer>" stay the subscriptions command's.
import { runCommand } from '../../../src/commands';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { readSubmit } from '../../../src/commands/registry';
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
  subscription,
} from '../shared/across/index-fixture';

const TODAY = new Date(NOW);
const suite = commandSuite('c0ffee00-0000-4000-8000-000000000018');
beforeEach(() => suite.sandbox.clearRequests());
afterEach(() => expect(suite.sandbox.requests).toEqual([]));

describe('reading an offer across customers', () => {
  it.each([
    ['who has E5', 'E5'],
    ['Who has Microsoft 365 E5?', 'Microsoft 365 E5'],
    ['who is on azure plan', 'azure plan'],
    ['which customers have the E3 licenses', 'E3'],
    ['customers with Dynamics 365', 'Dynamics 365'],
    ['subscriptions of E5', 'E5'],
    ['which customers have Microsoft 365 E3', 'Microsoft 365 E3'],
    ['subscriptions of azure plan', 'azure plan'],
    ['subs with Azure plan', 'Azure plan'],
    ['who has "Office 365 E3 skip 2"', 'Office 365 E3 skip 2'],
  ])('%s', (text, offer) => {
    const parsed = parseCommand(text, TODAY);
    expect(parsed).toEqual({ ok: true, command: { kind: 'who', offer } });
    if (parsed.ok) expect(parseCommand(formatCommand(parsed.command), TODAY)).toEqual(parsed);
  });

  it('finds an offer by the start of its id', async () => {
    const { index } = await e5Index();
    const outcome = await runCommand({ kind: 'who', offer: 'e59159fc' }, acrossEnv(suite.env(), index));
    expect(cardText(outcome.card)).toContain('1 subscription at 1 customer · 1 active');
    expect(cardText(outcome.card)).toContain('Subscription id: f-aad');
  });

  it('reads a page', () => {
    expect(parseCommand('who has E5 skip 10', TODAY)).toEqual({
      ok: true,
      command: { kind: 'who', offer: 'E5', offset: 10 },
    });
  });

  it('asks which offer when none is given', () => {
    const parsed = parseCommand('who has', TODAY);
    expect(parsed).toMatchObject({
      ok: false,
      problem: { hint: 'Which offer? Try: who has E5', topic: 'who' },
    });
  });

  it("leaves an order's subscriptions to the subscriptions command", () => {
    const id = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
    expect(parseCommand(`subscriptions of order ${id} for contoso`, TODAY)).toMatchObject({
      ok: true,
      command: { kind: 'subscriptions', orderId: id },
    });
    for (const text of [
      `subscriptions of ${id}`,
      'subscriptions of 9qg-ErcO…',
      'subscriptions for contoso',
    ]) {
      const parsed = parseCommand(text, TODAY);
      expect({ text, kind: parsed.ok ? parsed.command.kind : parsed.problem.topic }).toEqual({
        text,
        kind: 'subscriptions',
      });
    }
  });
});

async function e5Index() {
  return filledIndex(
    [
      {
        id: CONTOSO,
        subscriptions: [
          subscription('c-e5-1', 'Microsoft 365 E5', 'active', 'contoso-order-1'),
          subscription('c-e5-2', 'Microsoft 365 E5', 'suspended', 'contoso-order-1'),
          subscription('c-e3', 'Microsoft 365 E3', 'active', 'contoso-order-2'),
        ],
      },
      {
        id: FABRIKAM,
        subscriptions: [
          subscription('f-e5', 'Microsoft 365 E5', 'active'),
          // "e5" is inside its legacy GUID offer id, not its name: not an E5.
          {
            ...subscription('f-aad', 'Azure Active Directory Premium P2'),
            offerId: 'E59159FC-6F67-4599-B3CB-17FF4020F643',
          },
        ],
      },
      {
        id: NORTHWIND,
        subscriptions: Array.from({ length: 10 }, (_, i) =>
          subscription(`n-e5-${String(i).padStart(2, '0')}`, 'Microsoft 365 E5 (no Teams)', 'active'),
        ),
      },
    ],
    { totalCustomers: 3, firstPassDoneAt: NOW },
  );
}

describe('the answer', () => {
  it('lists the subscriptions by customer, with totals per customer', async () => {
    const { index } = await e5Index();
    const outcome = await runCommand({ kind: 'who', offer: 'e5' }, acrossEnv(suite.env(), index));
    expect(outcome).toMatchObject({ command: 'who', result: 'ok', resultCount: 13 });
    expectValidCard(outcome.card);
    const text = cardText(outcome.card);
    expect(text).toContain('Who has “e5”');
    expect(text).toContain('13 subscriptions at 3 customers · 12 active');
    expect(text).toContain(`${NORTHWIND} 10 · Contoso Ltd 2 · Fabrikam Inc 1`);
    expect(text).not.toContain('Microsoft 365 E3');
    // By customer name (one the directory lacks by its tenant id), each customer's active ones first.
    const rows = [...text.matchAll(/Subscription id: (\S+)/g)].map((m) => m[1]);
    expect(rows.slice(0, 10)).toEqual(
      Array.from({ length: 10 }, (_, i) => `n-e5-${String(i).padStart(2, '0')}`),
    );
    expect(text).toContain(
      `${NORTHWIND} · Quantity: 25 · Billing cycle: Monthly · Commitment ends: Jan 15, 2027`,
    );
  });

  it('pages, and has buttons into the customer cards', async () => {
    const { index } = await e5Index();
    const env = acrossEnv(suite.env(), index);
    const first = await runCommand({ kind: 'who', offer: 'e5' }, env);
    const more = submitActions(first.card).find((a) => a.title === 'Show more (11–13 of 13)');
    const reading = readSubmit(more!.data);
    expect(reading).toEqual({ kind: 'command', command: { kind: 'who', offer: 'e5', offset: 10 } });
    if (reading.kind !== 'command') return;
    const second = await runCommand(reading.command, env);
    expectValidCard(second.card);
    const text = cardText(second.card);
    expect([...text.matchAll(/Subscription id: (\S+)/g)].map((m) => m[1])).toEqual([
      'c-e5-1',
      'c-e5-2',
      'f-e5',
    ]);
    const buttons = submitActions(second.card);
    // The subscriptions card of the order that created it, when the index knows the order.
    const subscriptions = buttons.filter((b) => b.title === 'Subscriptions').map((b) => readSubmit(b.data));
    expect(subscriptions).toEqual([
      { kind: 'command', command: { kind: 'subscriptions', customer: CONTOSO, orderId: 'contoso-order-1' } },
      { kind: 'command', command: { kind: 'subscriptions', customer: CONTOSO, orderId: 'contoso-order-1' } },
    ]);
    expect(readSubmit(buttons.filter((b) => b.title === "Customer's orders")[2]!.data)).toEqual({
      kind: 'command',
      command: { kind: 'orders', customer: FABRIKAM, filters: {} },
    });
    expect(readSubmit(buttons.find((b) => b.title.startsWith('Previous'))!.data)).toEqual({
      kind: 'command',
      command: { kind: 'who', offer: 'e5' },
    });
  });

  it('says so when no subscription matches, showing the offer as plain text', async () => {
    const { index } = await e5Index();
    const outcome = await runCommand({ kind: 'who', offer: '*dynamics*' }, acrossEnv(suite.env(), index));
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('No subscription in the index matches “\\*dynamics\\*”.');
  });

  it('says where to look when the words name a customer rather than an offer', async () => {
    const { index } = await e5Index();
    const outcome = await runCommand({ kind: 'who', offer: 'contoso' }, acrossEnv(suite.env(), index));
    expect(cardText(outcome.card)).toContain(
      'No subscription in the index matches “contoso”. That is a customer: its subscriptions are on its orders, e.g. orders for contoso',
    );
  });

  it.each([
    ['pt-BR', '13 assinaturas de 3 clientes · 12 ativas', 'Quem tem “e5”'],
    ['zh-CN', '3 个客户共 13 个订阅 · 12 个有效', '谁有“e5”'],
    ['it', '13 abbonamenti di 3 clienti · 12 attivi', 'Chi ha “e5”'],
  ])('answers in %s', async (locale, headline, title) => {
    const { index } = await e5Index();
    const card = (await runCommand({ kind: 'who', offer: 'e5' }, acrossEnv(suite.env({ locale }), index)))
      .card;
    expectValidCard(card);
    expect(cardText(card)).toContain(headline);
    expect(cardText(card)).toContain(title);
  });

  it('says plainly when there is no index', async () => {
    const outcome = await runCommand({ kind: 'who', offer: 'e5' }, acrossEnv(suite.env(), undefined));
    expectValidCard(outcome.card);
    expect(cardText(outcome.card)).toContain('Who has “e5”');
    expect(cardText(outcome.card)).toContain('This bot keeps no order index');
  });
});
