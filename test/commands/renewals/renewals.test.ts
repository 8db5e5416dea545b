// "renewals [for <customer>] [period]": read in every way people ask (future date phrases in four languages),
// answered from the index with no Partner Center call: the decisions grouped apart from the monthly rollovers,
// totals per group and customer, paging one group, buttons into the subscription and its order, and the card
// in the person's language and formats.
import { runCommand } from '../../../src/commands';
import type { CommandEnv } from '../../../src/commands/deps';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { renderProblem } from '../../../src/commands/parse/messages';
import { pickStrings } from '../../../src/cards/strings';
import { readSubmit } from '../../../src/commands/registry';
import { LOCALES } from '../../../src/commands/definition';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { indexedSubscription } from '../../../src/index/records';
import type { Subscription } from '../../../src/partnercenter/models';
import { commandSuite } from '../../support/command-suite';
import { cardText, coloredTexts, submitActions } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { CONTOSO, FABRIKAM, NORTHWIND, directory } from '../shared/across/index-fixture';
import { NOW, planned } from '../../radar/radar-fixture';

/** Thursday 15 January 2026, 12:00 UTC. */
const TODAY = new Date(NOW);

const suite = commandSuite('c0ffee00-0000-4000-8000-000000000019');
beforeEach(() => suite.sandbox.clearRequests());
afterEach(() => expect(suite.sandbox.requests).toEqual([]));

describe('reading renewals', () => {
  it.each([
    ['renewals', {}],
    ['upcoming renewals', {}],
    ['renewals for all customers', {}],
    ['renewals for contoso', { customer: 'contoso' }],
    ["contoso's renewals", { customer: 'contoso' }],
    ['renewals for contoso in 30 days', { customer: 'contoso', within: 30 }],
    ['renewals for contoso next quarter', { customer: 'contoso', since: '2026-04-01', until: '2026-06-30' }],
    ['renewals this month', { until: '2026-01-31' }],
    ['renewals next month', { since: '2026-02-01', until: '2026-02-28' }],
    ['renewals before 2027-01-15', { until: '2027-01-14' }],
    ['renewals for "Contoso Ltd" until March', { customer: 'Contoso Ltd', until: '2026-03-31' }],
    ['subscriptions expiring this month', { until: '2026-01-31' }],
    ['renewals for contoso nos próximos 30 dias', { customer: 'contoso', within: 30 }],
    [
      'renewals for contoso il mese prossimo',
      { customer: 'contoso', since: '2026-02-01', until: '2026-02-28' },
    ],
    ['renewals for contoso 下季度', { customer: 'contoso', since: '2026-04-01', until: '2026-06-30' }],
    ['renewals rollovers skip 10', { group: 'rollovers', offset: 10 }],
    ['renewals for fabrikam ending', { customer: 'fabrikam', group: 'ends' }],
    // The command's words in the other languages (its languages.ts).
    [
      'renovações de contoso no próximo trimestre',
      { customer: 'contoso', since: '2026-04-01', until: '2026-06-30' },
    ],
    ['renovações de contoso antes de 2027-01-15', { customer: 'contoso', until: '2027-01-14' }],
    ['contoso 的续订 30天内', { customer: 'contoso', within: 30 }],
    ['contoso的续订下季度', { customer: 'contoso', since: '2026-04-01', until: '2026-06-30' }],
    ['rinnovi di contoso entro 30 giorni', { customer: 'contoso', within: 30 }],
    [
      'rinnovi di contoso il mese prossimo',
      { customer: 'contoso', since: '2026-02-01', until: '2026-02-28' },
    ],
  ])('%s', (text, fields) => {
    const parsed = parseCommand(text, TODAY);
    expect(parsed).toEqual({ ok: true, command: { kind: 'renewals', ...fields } });
    if (!parsed.ok) return;
    // Written back, it reads the same; its button is a valid click.
    expect(parseCommand(formatCommand(parsed.command), TODAY)).toEqual(parsed);
    expect(readSubmit({ pcbot: 'run', command: parsed.command })).toEqual({
      kind: 'command',
      command: parsed.command,
    });
  });

  it.each([
    [
      'renewals last month',
      'Renewals look ahead, not back. Try: renewals next month, or renewals in 30 days',
    ],
    ['renewals for contoso yesterday', 'Renewals look ahead, not back.'],
    ['renewals before 2025-06-01', 'That period ended on 2025-05-31'],
    ['renewals in 2000 days', '"2000 days" is out of range: use 1 to 1100 days.'],
    ['renewals this month next month', 'Give one period, e.g. renewals for contoso next quarter'],
    ['renewals until 2030-01-01', '2030-01-01 is too far ahead'],
    ['renewals terms rollovers', 'Pick one group: "terms" or "rollovers".'],
    ['renewals for contoso next month fabrikam', "I can't tell which words name the customer"],
  ])('says what is wrong with %s', (text, hint) => {
    const parsed = parseCommand(text, TODAY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.hint).toContain(hint);
      expect(parsed.problem.topic).toBe('renewals');
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'in %s, says what is wrong with the commands written in that language, each of which parses',
    (locale) => {
      for (const text of [
        'renewals last month',
        'renewals before 2025-06-01',
        'renewals this month next month',
      ]) {
        const parsed = parseCommand(text, TODAY, locale);
        if (parsed.ok) throw new Error(`${text} parsed`);
        const hint = renderProblem(pickStrings(locale), parsed.problem.message);
        expect({ text, hint }).not.toEqual({ text, hint: expect.stringMatching(/renewals/) });
        const examples = [...hint.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
        expect({ text, examples: examples.length > 0 }).toEqual({ text, examples: true });
        for (const example of examples)
          expect({ example, kind: parseKind(example, locale) }).toEqual({ example, kind: 'renewals' });
      }
    },
  );

  it("leaves other commands' messages to them", () => {
    for (const [text, kind] of [
      ['orders for Renewal Partners', 'orders'],
      ['help renewals', 'help'],
      ['renew subscription db8c695b for contoso', 'change-request'],
      ['disable auto-renewal for contoso', 'change-request'],
    ] as const) {
      const parsed = parseCommand(text, TODAY);
      expect({ text, kind: parsed.ok ? parsed.command.kind : parsed.problem.topic }).toEqual({ text, kind });
    }
    // A misspelt verb is offered.
    const typo = parseCommand('renewls for contoso', TODAY);
    expect(typo.ok ? undefined : typo.problem.suggestion).toBe('renewals for contoso');
  });
});

async function radarIndex(): Promise<PartnerIndex> {
  const store = new MemoryIndexStore(100, () => NOW);
  const customers: Record<string, Subscription[]> = {
    [CONTOSO]: [
      planned({ id: 'c-e5', name: 'Microsoft 365 E5', days: 20, qty: 40, order: 'contoso-order-1' }),
      planned({ id: 'c-e3', name: 'Microsoft 365 E3', days: 9, qty: 120, term: 'P3Y', windowHours: 36 }),
      planned({ id: 'c-copilot', name: 'Microsoft 365 Copilot', days: 12, qty: 25, autoRenew: false }),
      planned({
        id: 'c-standard',
        name: 'Microsoft 365 Business Standard',
        days: 3,
        qty: 60,
        next: { quantity: 45, productId: 'CFQ7TTC0LCHC' },
      }),
      planned({ id: 'c-exchange', name: 'Exchange Online (Plan 1)', days: 5, term: 'P1M', cycle: 'monthly' }),
    ],
    [FABRIKAM]: [
      planned({ id: 'f-annual', name: 'Microsoft 365 Business Premium', days: 25, qty: 7 }),
      planned({ id: 'f-monthly', name: 'Visio Plan 2', days: 1, term: 'P1M', cycle: 'monthly' }),
    ],
    [NORTHWIND]: Array.from({ length: 7 }, (_, i) =>
      planned({ id: `n-${i}`, name: 'Power BI Pro', days: 2 + i, qty: 1 }),
    ),
  };
  for (const [id, subscriptions] of Object.entries(customers))
    await store.putCustomer({
      customerId: id,
      orders: [],
      subscriptions: subscriptions.map((s) => indexedSubscription(s, id)),
      at: NOW - 60_000,
    });
  await store.setProgress({ totalCustomers: 3, firstPassDoneAt: NOW });
  return new PartnerIndex(store);
}

async function env(locale = 'en-US'): Promise<CommandEnv> {
  return { ...suite.env({ locale }), directory, index: await radarIndex(), now: () => NOW };
}

/** Intl's no-break and thin spaces as plain ones. */
const spaced = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
const ids = (text: string) => [...text.matchAll(/Subscription id: (\S+)/g)].map((m) => m[1]);

describe('the renewals card', () => {
  it('shows the decisions by group with totals, and counts the monthly rollovers behind a button', async () => {
    const outcome = await runCommand({ kind: 'renewals' }, await env());
    expect(outcome).toMatchObject({ command: 'renewals', result: 'ok', resultCount: 14 });
    expectValidCard(outcome.card);
    const text = spaced(cardText(outcome.card));
    expect(text).toContain('Renewals, all customers');
    expect(text).toContain('Period\nJan 15 – Feb 14, 2026 · next 30 days');
    expect(text).toContain('12 subscriptions at 3 customers');
    expect(text).toContain(`By customer\n${NORTHWIND} 7 · Contoso Ltd 4 · Fabrikam Inc 1`);
    expect(text).toContain(
      'Term ends: annual and multi-year commitments\n10 subscriptions · 174 licenses · 3 customers',
    );
    expect(text).toContain('Will end: auto-renew is off\n1 subscription · 25 licenses · 1 customer');
    expect(text).toContain('Renew with scheduled changes\n1 subscription · 60 licenses · 1 customer');
    expect(text).toContain('Next term: quantity 60 → 45, product CFQ7TTC0LCHC:0001');
    expect(text).toContain('Monthly rollovers\n2 subscriptions\nMonthly terms that renew as they are.');
    // Five rows of the first group, soonest first, then "Show all".
    expect(ids(text).slice(0, 5)).toEqual(['n-0', 'n-1', 'n-2', 'n-3', 'n-4']);
    expect(text).toContain(
      'Microsoft 365 Copilot\nin 12 days\nContoso Ltd · 25 licenses · 1 year term · annual billing · Term ends Jan 27, 2026',
    );
    expect(text).not.toContain('Exchange Online');
    const titles = submitActions(outcome.card).map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Show all 10', 'Show monthly rollovers (2)', 'Subscription', 'Refresh']),
    );
    expect(coloredTexts(outcome.card)).toContainEqual({ text: 'in 12 days', color: 'Attention' });
  });

  it("opens a subscription's order cards from its row, and pages a group", async () => {
    const e = await env();
    const outcome = await runCommand({ kind: 'renewals', customer: 'contoso' }, e);
    expect(outcome.customerId).toBe(CONTOSO);
    const text = cardText(outcome.card);
    expect(text).toContain('Renewals of Contoso Ltd');
    expect(text).toContain('2 subscriptions · 160 licenses');
    expect(text).not.toContain('By customer');
    // The E3 window is open for 36 more hours: from Thursday noon, until Saturday midnight.
    expect(text).toContain('Can still be cancelled or reduced until Sat 12:00 AM UTC, in 36h');
    const buttons = submitActions(outcome.card);
    const e5 = buttons.filter((b) => JSON.stringify(b.data).includes('contoso-order-1'));
    expect(e5.map((b) => [b.title, readSubmit(b.data)])).toEqual([
      [
        'Subscription',
        {
          kind: 'command',
          command: {
            kind: 'subscriptions',
            customer: CONTOSO,
            orderId: 'contoso-order-1',
            subscriptionId: 'c-e5',
          },
        },
      ],
      [
        'Order',
        { kind: 'command', command: { kind: 'order', customer: CONTOSO, orderId: 'contoso-order-1' } },
      ],
    ]);
    // No order known: the subscription by its own id, and no Order button.
    expect(readSubmit(buttons.find((b) => b.title === 'Subscription')!.data)).toEqual({
      kind: 'command',
      command: { kind: 'subscriptions', customer: CONTOSO, orderId: 'c-e3' },
    });

    const rollovers = buttons.find((b) => b.title === 'Show monthly rollovers (1)')!;
    const opened = readSubmit(rollovers.data);
    expect(opened).toEqual({
      kind: 'command',
      command: { kind: 'renewals', customer: 'contoso', group: 'rollovers' },
    });
    if (opened.kind !== 'command') return;
    const page = await runCommand(opened.command, e);
    expectValidCard(page.card);
    expect(ids(cardText(page.card))).toEqual(['c-exchange']);
    expect(submitActions(page.card).map((b) => b.title)).toContain('All renewals');
  });

  it('pages the biggest group ten at a time, both ways', async () => {
    const e = await env();
    const first = await runCommand({ kind: 'renewals', group: 'terms' }, e);
    expect(cardText(first.card)).toContain('1–10 of 10');
    const many = await runCommand({ kind: 'renewals', group: 'terms', offset: 5 }, e);
    const text = cardText(many.card);
    expect(ids(text)).toEqual(['n-5', 'n-6', 'c-e3', 'c-e5', 'f-annual']);
    expect(submitActions(many.card).map((b) => b.title)).toContain('Previous (1–5 of 10)');
  });

  it.each(LOCALES)('is written in %s, with its dates and durations', async (locale) => {
    const outcome = await runCommand({ kind: 'renewals', customer: 'contoso' }, await env(locale));
    expectValidCard(outcome.card);
    const text = spaced(cardText(outcome.card));
    const expected: Record<string, string[]> = {
      en: ['Renewals of Contoso Ltd', 'in 9 days', 'Jan 15 – Feb 14, 2026', 'in 36h'],
      'pt-BR': [
        'Renovações de Contoso Ltd',
        'em 9 dias',
        '15 de jan. – 14 de fev. de 2026',
        'em 36 h',
        'assinatura',
      ],
      'zh-CN': ['Contoso Ltd 的续订', '9天后', '2026/1/15 – 2026/2/14', '36小时后', '订阅'],
      it: ['Rinnovi di Contoso Ltd', 'tra 9 giorni', '15 gen – 14 feb 2026', 'tra 36 h', 'abbonament'],
    };
    for (const words of expected[locale]!) expect(text).toContain(words);
  });

  it('says plainly when there is no index, or nothing in the period', async () => {
    const none = await runCommand({ kind: 'renewals' }, { ...suite.env(), now: () => NOW });
    expect(cardText(none.card)).toContain('This bot keeps no order index');
    const e = await env();
    const empty = await runCommand({ kind: 'renewals', since: '2026-05-01', until: '2026-05-31' }, e);
    expectValidCard(empty.card);
    expect(cardText(empty.card)).toContain('No subscription in the index ends or renews in this period.');
  });
});

function parseKind(text: string, locale: string): string {
  const parsed = parseCommand(text, TODAY, locale);
  return parsed.ok ? parsed.command.kind : `problem: ${parsed.problem.hint}`;
}
