// Issue 10: cards say how old their data is and can be refreshed; "Back to orders" keeps the list's filters;
// order detail names the reseller; one-time orders offer no Subscriptions button. Against the real app.
import { CONTOSO_ORDER_IDS } from '../../dev/sandbox/fixtures/ids';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { submitActions } from '../cards/card-fixtures';

let e2e: Harness;
beforeAll(async () => {
  // Each question gets one card: on a busy machine Northwind's 1,127 orders may take longer than the 3 s after
  // which a progress card would come first (progress cards have tests of their own).
  e2e = await startHarness({}, { progressAfterMs: 10_000 });
});
afterAll(() => stopHarness(e2e));

async function ask(text: string | undefined, value?: unknown) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, { value });
  expect(result.cards).toHaveLength(1);
  const card = result.cards[0]!;
  return { card, text: cardText(card), actions: submitActions(card) };
}

function click(actions: { title: string; data: unknown }[], title: string, context = 0) {
  const matching = actions.filter((a) => a.title === title);
  expect(matching.length).toBeGreaterThan(context);
  return ask(undefined, matching[context]!.data);
}

describe('card navigation', () => {
  it('shows "as of" and a Refresh button that re-runs the command', async () => {
    const list = await ask('orders for contoso monthly');
    expect(list.text).toMatch(/As of \w{3} \d+, \d{4}, .* UTC/);
    const refreshed = await click(list.actions, 'Refresh');
    expect(refreshed.text).toContain('Monthly');
    expect(refreshed.text).toMatch(/As of /);
  });

  it('"Back to orders" returns to the same filters', async () => {
    const list = await ask('orders for contoso monthly');
    const detail = await click(list.actions, 'Details');
    const back = await click(detail.actions, 'Back to orders');
    expect(back.text).toContain('Billing cycle\nMonthly');
    expect(back.text).toBe(list.text.replace(/As of .*/, back.text.match(/As of .*/)![0]));
  });

  it('order detail names the indirect reseller', async () => {
    const { text } = await ask(`order ${CONTOSO_ORDER_IDS.woodgroveAnnual} for contoso`);
    expect(text).toMatch(/Reseller\nWoodgrove Reseller Ltd \(MPN id \d+\)/);
  });

  it('a one-time order without subscriptions offers no Subscriptions button', async () => {
    const detail = await ask(`order ${CONTOSO_ORDER_IDS.riD1Pending} for contoso`);
    expect(detail.actions.map((a) => a.title)).not.toContain('Subscriptions');
    const license = await ask(`order ${CONTOSO_ORDER_IDS.aadP2Monthly} for contoso`);
    expect(license.actions.map((a) => a.title)).toContain('Subscriptions');
  });
});

describe('paging', () => {
  it('Northwind’s long list pages both ways and names a date filter that parses', async () => {
    const first = await ask('orders for northwind');
    const next = first.actions.find((a) => a.title.startsWith('Show more ('));
    expect(next).toBeDefined();
    const second = await click(first.actions, next!.title);
    expect(second.actions.map((a) => a.title)).toContainEqual(expect.stringMatching(/^Previous \(1–10 of /));
    const hint = /To narrow the list, add dates: “(.*)”/.exec(first.text);
    expect(hint).not.toBeNull();
    const narrowed = await ask(hint![1]!.replace(/\\/g, ''));
    expect(narrowed.text).toMatch(/Created\nfrom /);
  });
});

describe('typos end at a button', () => {
  it('a mistyped customer offers the closest names, and a click answers', async () => {
    const miss = await ask('orders for northwnd tradrs');
    const button = miss.actions.find((a) => a.title === 'Northwind Traders');
    expect(button).toBeDefined();
    const answer = await click(miss.actions, 'Northwind Traders');
    expect(answer.text).toContain('Northwind Traders');
    expect(answer.text).toMatch(/\d+ orders/);
  });
});
