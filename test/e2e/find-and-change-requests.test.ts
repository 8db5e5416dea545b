// Issue #18 items 4 and 5, end to end: customers are found by any piece of their name or domain (ranked
// buttons when several match), and a change request is answered "I only read Partner Center".
import { CONTOSO_TENANT_ID } from '../../dev/sandbox/fixtures/ids';
import { submitActions } from '../cards/card-fixtures';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.reverse()) await stopHarness(h);
  harnesses = [];
});

async function start(env: Record<string, string> = {}): Promise<Harness> {
  const h = await startHarness({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '15', ...env });
  harnesses.push(h);
  await h.app.directoryReady;
  return h;
}
const ask = (h: Harness, text: string) => sendToBot(h.app.url, h.connector, text);
const answer = async (h: Harness, text: string) => cardText((await ask(h, text)).cards.at(-1));

describe('finding customers by any piece', () => {
  it('offers ranked buttons for "orders for importers", and a button runs the orders for that customer', async () => {
    const h = await start();
    h.app.sandbox!.clearRequests();
    const turn = await ask(h, 'orders for importers');
    const card = turn.cards.at(-1);
    expect(cardText(card)).toContain('Several customers match “importers”');
    const buttons = submitActions(card);
    expect(buttons.map((b) => b.title)).toEqual([
      'Wide World Importers (wideworldimporters.onmicrosoft.com)',
      'World Wide Importers Group (wwigroup.onmicrosoft.com)',
    ]);
    // Resolved from the directory: no Partner Center call until a button is clicked.
    expect(h.app.sandbox!.requests).toEqual([]);
    const clicked = await sendToBot(h.app.url, h.connector, undefined, { value: buttons[0]!.data });
    expect(cardText(clicked.cards.at(-1))).toContain('Wide World Importers');
  });

  it('answers "orders for contoso.com" with Contoso, with the directory and without it', async () => {
    for (const minutes of ['15', '0']) {
      const h = await start({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: minutes });
      const turn = await ask(h, 'orders for contoso.com');
      const text = cardText(turn.cards.at(-1));
      expect({ minutes, contoso: text.includes('Contoso') }).toEqual({ minutes, contoso: true });
      expect(text).not.toContain('Contoso Pharmaceuticals');
      expect(text).not.toContain('No customer matches');
      expect(
        submitActions(turn.cards.at(-1)).some((b) => JSON.stringify(b.data).includes(CONTOSO_TENANT_ID)),
      ).toBe(true);
    }
  });

  it('answers "orders for coffee" with Fourth Coffee, its one match', async () => {
    const h = await start();
    expect(await answer(h, 'orders for coffee')).toContain('Fourth Coffee');
  });

  it('says how many matched among 2,000 customers, best first', async () => {
    const h = await start({ SANDBOX_CUSTOMERS: '2000' });
    expect(h.app.directory!.state.count).toBe(2000);
    const card = (await ask(h, 'orders for importers')).cards.at(-1);
    const titles = submitActions(card).map((b) => b.title);
    expect(titles).toHaveLength(10);
    for (const title of titles) expect(title.toLowerCase()).toMatch(/\bimporters\b/);
    expect(cardText(card)).toMatch(/Showing 10 of \d{2,}\. Type more of the name/);
  });
});

describe('change requests', () => {
  it('answers "cancel order <id>" with "I only read Partner Center" and a button that shows the order', async () => {
    const h = await start();
    h.app.sandbox!.clearRequests();
    const turn = await ask(h, `cancel order ${ORDER} for contoso`);
    const card = turn.cards.at(-1);
    expect(cardText(card)).toContain('I only read Partner Center');
    expect(h.app.sandbox!.requests).toEqual([]);
    const [show] = submitActions(card);
    expect(show?.title).toBe(`Show order ${ORDER}`);
    const clicked = await sendToBot(h.app.url, h.connector, undefined, { value: show!.data });
    expect(cardText(clicked.cards.at(-1))).toContain(ORDER);
  });

  it('answers without a customer too, never "which words name the customer"', async () => {
    const h = await start();
    for (const text of [
      `cancel order ${ORDER}`,
      'change quantity of subscription DB8C695B-1C3C-4C55-B697-771503DD46BF',
      'suspend subscription DB8C695B-1C3C-4C55-B697-771503DD46BF for contoso',
      'increase seats for contoso',
    ]) {
      const said = await answer(h, text);
      expect({ text, readOnly: said.includes('I only read Partner Center') }).toEqual({
        text,
        readOnly: true,
      });
      expect(said).not.toContain("can't tell which words");
    }
  });

  it('points "price of order <id> for contoso" at the order card, which shows its prices', async () => {
    const h = await start();
    const card = (await ask(h, `price of order ${ORDER} for contoso`)).cards.at(-1);
    expect(cardText(card)).toContain('Prices are on the order cards');
    const clicked = await sendToBot(h.app.url, h.connector, undefined, {
      value: submitActions(card)[0]!.data,
    });
    expect(cardText(clicked.cards.at(-1))).toMatch(/Total|Unit price/);
  });

  it('answers in the person’s language', async () => {
    const h = await start();
    const turn = await sendToBot(h.app.url, h.connector, `cancel order ${ORDER}`, { locale: 'pt-BR' });
    expect(cardText(turn.cards.at(-1))).toContain('Eu só leio o Partner Center');
  });
});
