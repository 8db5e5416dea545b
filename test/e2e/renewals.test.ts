// Issue 19 (1, 2), the renewal radar, through the real app (sandbox, client, crawler, index, botbuilder, restify):
// the sandbox's renewal calendar, on a pinned clock, is read by the crawler; `renewals for contoso` shows its term
// ends apart from its monthly rollovers, `renewals` partner-wide counts what the sandbox's own data holds, a
// window closing within 24 hours is in `windows`, and every new card is written in the four languages.
// The expected counts are worked out from the sandbox's fixtures and calendar directly, not through the client.
import { readSubmit } from '../../src/commands/registry';
import { startSandbox, type Sandbox } from '../../dev/sandbox';
import { CONTOSO_RENEWAL_SUBSCRIPTION_IDS as BOOK, CONTOSO_TENANT_ID } from '../../dev/sandbox/fixtures/ids';
import { getFixtures } from '../../dev/sandbox/fixtures/store';
import { withExtraCustomers } from '../../dev/sandbox/fixtures/extra-customers';
import { withSyntheticCustomers } from '../../dev/sandbox/fixtures/synthetic-customers';
import { createRenewalCalendar } from '../../dev/sandbox/renewals/calendar';
import type { Subscription } from '../../src/partnercenter/models';
import { cardText, sendToBot } from '../support/emulator';
import { stopHarness, type Harness } from '../support/harness';
import { crawlAll, startIndexedHarness } from '../support/indexed-harness';
import { expectValidCard } from '../cards/validate-card';
import { submitActions } from '../cards/card-fixtures';

const DAY = 86_400_000;
/**
 * The sandbox's clock and the bot's, pinned: the calendar and "today" stand still while the test asks, also across
 * midnight. Weeks back, so a bot that read its own clock instead would count other days.
 */
const PINNED = Date.now() - 40 * DAY;

let sandbox: Sandbox;
let e2e: Harness;
beforeAll(async () => {
  sandbox = await startSandbox({ now: () => PINNED, orderCompleteAfterS: 0 });
  e2e = await startIndexedHarness({ sandbox, now: () => PINNED });
  await crawlAll(e2e);
});
afterAll(async () => {
  await stopHarness(e2e);
  await sandbox?.close();
});

type Kind = 'terms' | 'ends' | 'changes' | 'rollovers';

/** Every customer's subscriptions as the sandbox answers them at its pinned time: its own fixtures and calendar. */
function sandboxSubscriptions(): { customer: string; subscription: Subscription }[] {
  const calendar = createRenewalCalendar(() => PINNED);
  const fixtures = calendar.withRenewals(
    withSyntheticCustomers(withExtraCustomers(getFixtures(), 0), undefined),
  );
  return fixtures.customers.flatMap((record) =>
    record.data().subscriptions.map((s) => ({
      customer: record.customer.id.toLowerCase(),
      subscription: calendar.present(record, s),
    })),
  );
}

const SETTLED = new Set(['deleted', 'expired', 'disabled', 'suspended', 'cancelled', 'canceled']);
const live = (s: Subscription) => !SETTLED.has((s.status ?? '').toLowerCase());

/** The group of a term end, as the radar's README section says: ends, else changes, else monthly, else terms. */
function kindOf(s: Subscription): Kind {
  if (s.autoRenewEnabled === false) return 'ends';
  if (s.scheduledNextTermInstructions) return 'changes';
  return (s.termDuration ?? '').toUpperCase() === 'P1M' ? 'rollovers' : 'terms';
}

/** How many of each group end in the next 30 days (today included), from the sandbox's data. */
function expectedCounts(customer?: string): Record<Kind, number> {
  const today = Math.floor(PINNED / DAY);
  const counts: Record<Kind, number> = { terms: 0, ends: 0, changes: 0, rollovers: 0 };
  for (const { customer: id, subscription: s } of sandboxSubscriptions()) {
    if ((customer && id !== customer) || !live(s) || !s.commitmentEndDate) continue;
    const day = Math.floor(Date.parse(`${s.commitmentEndDate.slice(0, 10)}T00:00:00Z`) / DAY);
    if (day >= today && day <= today + 30) counts[kindOf(s)]++;
  }
  return counts;
}

/** Open windows at `now`, and those closing within 24 hours, from the sandbox's data. */
function expectedWindows(now: number): { open: number; soon: number } {
  let open = 0;
  let soon = 0;
  for (const { subscription: s } of sandboxSubscriptions()) {
    const closes = Date.parse(s.cancellationAllowedUntilDate ?? '');
    if (!live(s) || !(closes > now)) continue;
    open++;
    if (closes - now < DAY) soon++;
  }
  return { open, soon };
}

const GROUP_TITLES: Record<Kind, string> = {
  terms: 'Term ends: annual and multi-year commitments',
  ends: 'Will end: auto-renew is off',
  changes: 'Renew with scheduled changes',
  rollovers: 'Monthly rollovers',
};

/** Each group's count as the card says it (absent: the card has no such group, none in the period). */
function cardCounts(text: string): Record<Kind, number> {
  const counts = {} as Record<Kind, number>;
  for (const [kind, title] of Object.entries(GROUP_TITLES) as [Kind, string][]) {
    const found = new RegExp(`^${title}\\n([\\d,]+) subscriptions?`, 'm').exec(text);
    counts[kind] = found ? Number(found[1]!.replace(/,/g, '')) : 0;
  }
  return counts;
}

async function ask(text: string | undefined, options: { value?: unknown; locale?: string } = {}) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, options);
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  const card = result.cards[0]!;
  expectValidCard(card);
  return { card, text: cardText(card).replace(/[\u00a0\u2009\u202f]/g, ' '), actions: submitActions(card) };
}

const ids = (text: string) => [...text.matchAll(/Subscription id: (\S+)/g)].map((m) => m[1]!.toLowerCase());

describe('renewals, end to end', () => {
  it("shows Contoso's term ends apart from its monthly rollovers, with the sandbox calendar's counts", async () => {
    const expected = expectedCounts(CONTOSO_TENANT_ID);
    // The hand-written book: an annual term ends in 19 days, Copilot (auto-renew off) in 11; Exchange Online and
    // Visio roll over monthly within the month.
    expect(expected.terms).toBeGreaterThanOrEqual(1);
    expect(expected.ends).toBeGreaterThanOrEqual(1);
    expect(expected.rollovers).toBeGreaterThanOrEqual(2);

    const { text, actions } = await ask('renewals for contoso');
    expect(text).toContain('Renewals of Contoso');
    expect(cardCounts(text)).toEqual(expected);
    const terms = text.slice(text.indexOf(GROUP_TITLES.terms), text.indexOf(GROUP_TITLES.ends));
    expect(ids(terms)).toContain(BOOK.e5Annual.toLowerCase());
    const ends = text.slice(text.indexOf(GROUP_TITLES.ends));
    expect(ids(ends)).toContain(BOOK.copilotEnds.toLowerCase());
    expect(text).toContain('in 11 days');
    // The rollovers are counted, not listed, until asked for.
    expect(ids(text)).not.toContain(BOOK.exchangeRenewedWindow.toLowerCase());
    const open = actions.find((a) => a.title === `Show monthly rollovers (${expected.rollovers})`);
    expect(open).toBeDefined();
    const rollovers = await ask(undefined, { value: open!.data });
    expect(ids(rollovers.text)).toEqual(
      expect.arrayContaining([BOOK.exchangeRenewedWindow.toLowerCase(), BOOK.visioPurchased.toLowerCase()]),
    );
    expect(rollovers.actions.map((a) => a.title)).toContain('All renewals');
  });

  it("opens the subscription and its order from a row: the order's subscriptions card with it first", async () => {
    const { card, actions } = await ask('renewals for contoso');
    const open = actions.find(
      (a) => a.title === 'Subscription' && JSON.stringify(a.data).includes(BOOK.e5Annual),
    );
    const reading = readSubmit(open!.data);
    expect(reading).toMatchObject({
      kind: 'command',
      command: { kind: 'subscriptions', customer: CONTOSO_TENANT_ID, subscriptionId: BOOK.e5Annual },
    });
    const orderId =
      (reading.kind === 'command' && 'orderId' in reading.command ? reading.command.orderId : '') ?? '';
    const subscription = await ask(undefined, { value: open!.data });
    expect(ids(subscription.text)[0]).toBe(BOOK.e5Annual.toLowerCase());
    const order = actions.find((a) => a.title === 'Order' && JSON.stringify(a.data).includes(orderId));
    expect(readSubmit(order!.data)).toEqual({
      kind: 'command',
      command: { kind: 'order', customer: CONTOSO_TENANT_ID, orderId },
    });
    const detail = await ask(undefined, { value: order!.data });
    expect(detail.text).toContain(`Order id: ${orderId}`);
    // Where it is renewed, cancelled or reduced: the portal (the bot only reads).
    expect(JSON.stringify(card)).toContain(
      `"type":"Action.OpenUrl","title":"Open in Partner Center","url":"https://partner.microsoft.com/dashboard/commerce2/customers/${CONTOSO_TENANT_ID}/subscriptions/${BOOK.e5Annual}"`,
    );
  });

  it("counts every customer's term ends partner-wide as the sandbox's data does", async () => {
    const expected = expectedCounts();
    const { text } = await ask('renewals');
    expect(text).toContain('Renewals, all customers');
    expect(cardCounts(text)).toEqual(expected);
    const decisions = expected.terms + expected.ends + expected.changes;
    expect(text).toMatch(
      new RegExp(`^${decisions.toLocaleString('en-US')} subscriptions at \\d+ customers$`, 'm'),
    );
    expect(text).toMatch(/^By customer\n.+ \d+ · /m);
  });

  it('lists a window closing within 24 hours in `windows`, soonest first', async () => {
    const expected = expectedWindows(PINNED);
    expect(expected.soon).toBeGreaterThan(0);
    const all = await ask('windows');
    expect(all.text).toContain(`${expected.open} subscriptions at`);
    expect(all.text).toContain(`· ${expected.soon} close${expected.soon === 1 ? 's' : ''} within 24 hours`);
    // The first row closes soonest, within 24 hours, in the warning colour.
    expect(all.text).toMatch(/^Closes in \d+(h|m)$/m);

    const contoso = await ask('cancellation windows for contoso');
    expect(ids(contoso.text)[0]).toBe(BOOK.basicClosingWindow.toLowerCase());
    // Contoso's Business Basic renewal window closes 5 hours after the sandbox's start.
    expect(contoso.text).toMatch(/Closes in [45]h/);
    expect(contoso.text).toContain('Window opened by the renewal');
    expect(contoso.text).toContain('Window opened by the purchase');
  });

  it.each([
    ['pt-BR', ['Renovações de Contoso', 'em 11 dias', 'Janelas de cancelamento abertas agora', 'Fecha em']],
    ['zh-CN', ['Contoso 的续订', '11天后', '当前开放的取消期', '小时后截止']],
    [
      'it-IT',
      ['Rinnovi di Contoso', 'tra 11 giorni', 'Finestre di annullamento aperte ora', 'Si chiude tra'],
    ],
    ['en-US', ['Renewals of Contoso', 'in 11 days', 'Cancellation windows open now', 'Closes in']],
  ])('writes every new card in %s, dates and durations too', async (locale, words) => {
    const renewals = await ask('renewals for contoso', { locale });
    const rollovers = await ask(undefined, {
      locale,
      value: renewals.actions.find((a) => JSON.stringify(a.data).includes('"group":"rollovers"'))!.data,
    });
    const all = await ask('renewals', { locale });
    const windows = await ask('windows for contoso', { locale });
    const text = [renewals, rollovers, all, windows].map((r) => r.text).join('\n');
    for (const word of words) expect(text).toContain(word);
  });
});
