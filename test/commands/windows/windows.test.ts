// "windows", "cancellation windows for contoso": the subscriptions that can still be cancelled or reduced, soonest
// closing first, from the index with no Partner Center call, in the person's language and formats.
import { runCommand } from '../../../src/commands';
import type { CommandEnv } from '../../../src/commands/deps';
import { LOCALES } from '../../../src/commands/definition';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { readSubmit } from '../../../src/commands/registry';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { indexedSubscription } from '../../../src/index/records';
import { commandSuite } from '../../support/command-suite';
import { cardText, coloredTexts, submitActions } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { CONTOSO, FABRIKAM, directory } from '../shared/across/index-fixture';
import { NOW, planned } from '../../radar/radar-fixture';

const TODAY = new Date(NOW);
const suite = commandSuite('c0ffee00-0000-4000-8000-000000000020');
beforeEach(() => suite.sandbox.clearRequests());
afterEach(() => expect(suite.sandbox.requests).toEqual([]));

describe('reading windows', () => {
  it.each([
    ['windows', {}],
    ['cancellation windows', {}],
    ['open cancellation windows for all customers', {}],
    ['windows for contoso', { customer: 'contoso' }],
    ['cancellation windows for "Contoso Ltd"', { customer: 'Contoso Ltd' }],
    ['windows skip 10', { offset: 10 }],
  ])('%s', (text, fields) => {
    const parsed = parseCommand(text, TODAY);
    expect(parsed).toEqual({ ok: true, command: { kind: 'windows', ...fields } });
    if (!parsed.ok) return;
    expect(parseCommand(formatCommand(parsed.command), TODAY)).toEqual(parsed);
    expect(readSubmit({ pcbot: 'run', command: parsed.command })).toEqual({
      kind: 'command',
      command: parsed.command,
    });
  });

  it('is a help topic by its name, and read in the other languages', () => {
    expect(parseCommand('help windows', TODAY)).toEqual({
      ok: true,
      command: { kind: 'help', topic: 'windows' },
    });
    for (const text of [
      'janelas de cancelamento de contoso',
      'contoso 的取消期',
      'finestre di annullamento di contoso',
    ])
      expect(parseCommand(text, TODAY)).toEqual({
        ok: true,
        command: { kind: 'windows', customer: 'contoso' },
      });
  });

  it("leaves other commands' messages to them", () => {
    for (const [text, kind] of [
      ['orders for Window Cleaners', 'orders'],
      // "windows" is no keyword: it stays in a product's name.
      ['orders for contoso with Windows 365', 'orders'],
      ['renewals for Windows Cleaners', 'renewals'],
      ['help windows', 'help'],
      ['cancel subscription db8c695b for contoso', 'change-request'],
    ] as const) {
      const parsed = parseCommand(text, TODAY);
      expect({ text, kind: parsed.ok ? parsed.command.kind : parsed.problem.topic }).toEqual({ text, kind });
    }
  });
});

async function env(locale = 'en-US'): Promise<CommandEnv> {
  const store = new MemoryIndexStore(100, () => NOW);
  const subscriptions = {
    [CONTOSO]: [
      planned({ id: 'c-basic', name: 'Microsoft 365 Business Basic', days: 360, qty: 200, windowHours: 5 }),
      planned({
        id: 'c-exchange',
        name: 'Exchange Online (Plan 1)',
        days: 28,
        windowHours: 50,
        order: 'o-1',
      }),
      planned({ id: 'c-closed', name: 'Closed', days: 20, windowHours: -3 }),
    ],
    [FABRIKAM]: [
      planned({
        id: 'f-visio',
        name: 'Visio Plan 2',
        days: 30,
        qty: 5,
        windowHours: 148,
        boughtHoursAgo: 20,
        refundable: 5,
      }),
    ],
  };
  for (const [id, list] of Object.entries(subscriptions))
    await store.putCustomer({
      customerId: id,
      orders: [],
      subscriptions: list.map((s) => indexedSubscription(s, id)),
      at: NOW - 60_000,
    });
  await store.setProgress({ totalCustomers: 2, firstPassDoneAt: NOW });
  return { ...suite.env({ locale }), directory, index: new PartnerIndex(store), now: () => NOW };
}

const ids = (text: string) => [...text.matchAll(/Subscription id: (\S+)/g)].map((m) => m[1]);

describe('the windows card', () => {
  it('lists the open windows soonest closing first, the one closing within 24 hours in colour', async () => {
    const outcome = await runCommand({ kind: 'windows' }, await env());
    expect(outcome).toMatchObject({ command: 'windows', result: 'ok', resultCount: 3 });
    expectValidCard(outcome.card);
    const text = cardText(outcome.card);
    expect(text).toContain('Cancellation windows open now, all customers');
    expect(text).toContain('3 subscriptions at 2 customers · 1 closes within 24 hours');
    expect(text).toContain('By customer\nContoso Ltd 2 · Fabrikam Inc 1');
    expect(ids(text)).toEqual(['c-basic', 'c-exchange', 'f-visio']);
    expect(text).toContain('Can still be cancelled or reduced until Thu 5:00 PM UTC, in 5h');
    expect(text).toContain('Window opened by the renewal');
    expect(text).toContain(
      'Can still be cancelled or reduced until Jan 21, 4:00 PM UTC, in 6 days · 5 licenses refundable',
    );
    expect(text).toContain('Window opened by the purchase');
    expect(coloredTexts(outcome.card)).toContainEqual({ text: 'Closes in 5h', color: 'Attention' });
    const order = submitActions(outcome.card).find((b) => b.title === 'Order');
    expect(readSubmit(order!.data)).toEqual({
      kind: 'command',
      command: { kind: 'order', customer: CONTOSO, orderId: 'o-1' },
    });
  });

  it("answers for one customer with that customer's windows", async () => {
    const outcome = await runCommand({ kind: 'windows', customer: 'fabrikam' }, await env());
    expect(outcome.customerId).toBe(FABRIKAM);
    const text = cardText(outcome.card);
    expect(text).toContain('Cancellation windows open now: Fabrikam Inc');
    expect(ids(text)).toEqual(['f-visio']);
    expect(text).not.toContain('By customer');
  });

  it.each(LOCALES)('is written in %s', async (locale) => {
    const outcome = await runCommand({ kind: 'windows' }, await env(locale));
    expectValidCard(outcome.card);
    const text = cardText(outcome.card).replace(/[\u00a0\u2009\u202f]/g, ' ');
    const expected: Record<string, string[]> = {
      en: ['Closes in 5h', 'in 6 days'],
      'pt-BR': ['Janelas de cancelamento abertas agora', 'Fecha em 5 h', 'em 6 dias', 'assinaturas'],
      'zh-CN': ['当前开放的取消期', '5小时后截止', '6天后', '订阅'],
      it: ['Finestre di annullamento aperte ora', 'Si chiude tra 5 h', 'tra 6 giorni', 'abbonamenti'],
    };
    for (const words of expected[locale]!) expect(text).toContain(words);
  });
});
