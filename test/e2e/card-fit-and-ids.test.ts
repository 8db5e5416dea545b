// Issue 15 (6, 7) over the real botbuilder pipeline and the sandbox: an answer whose card would be over Teams'
// size limit arrives with fewer rows and says so; an id pasted back with a client's Markdown escape finds its
// order, and the card shows that id exactly, as a TextRun.
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { cardByteSize, MAX_CARD_BYTES } from '../../src/cards';
import { cardObjects, cardText } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { cardsOf, sendToBot } from '../support/emulator';
import { channelThread, post, teamsMessage } from '../support/teams';
import { startHarness, stopHarness, type Harness } from '../support/harness';

let e2e: Harness;
beforeAll(async () => {
  e2e = await startHarness();
});
afterAll(() => stopHarness(e2e));
afterEach(() => e2e.app.sandbox!.knobs.reset());

async function ask(text: string) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text);
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  const card = result.cards[0]!;
  expectValidCard(card);
  return card;
}

// A product word as long as a catalogue's names, in CJK (3 UTF-8 bytes a character): every button carries it.
const PRODUCT = '微软三百六十五企业安全与合规套件'.repeat(6);

/** Partner Center's answer for the orders list: `n` orders with long-named line items. */
function longNamedOrders(n: number) {
  const items = Array.from({ length: n }, (_, i) => ({
    id: `LongNamed-${String(i).padStart(3, '0')}-4MPbPqq_3MIQaS7bn8W6`,
    referenceCustomerId: CONTOSO_TENANT_ID,
    billingCycle: 'monthly',
    currencyCode: 'USD',
    status: 'pending',
    creationDate: `2018-03-${String(1 + (i % 28)).padStart(2, '0')}T02:17:15.6455674Z`,
    lineItems: [0, 1, 2, 3].map((k) => ({
      lineItemNumber: k,
      offerId: `DZH318Z0BQ4B:000Z:DZH318Z0DSP${k}`,
      friendlyName: `${PRODUCT} ${k}`,
      quantity: 1,
    })),
    attributes: { objectType: 'Order' },
  }));
  return { totalCount: n, items, links: {}, attributes: { objectType: 'Collection' } };
}

describe('cards fit', () => {
  it('a list over the size limit arrives with fewer orders and "Showing N of M"', async () => {
    e2e.app.sandbox!.knobs.faults.push({ match: '/orders', status: 200, body: longNamedOrders(30) });
    const card = await ask(`orders for contoso with ${PRODUCT}`);
    expect(cardByteSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const match = cardText(card).match(/Showing (\d+) of 30: the rest do not fit in one Teams card\./);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeLessThan(10);
  });

  it('the same in a Teams channel thread, asked with an <at> mention', async () => {
    e2e.app.sandbox!.knobs.faults.push({ match: '/orders', status: 200, body: longNamedOrders(30) });
    const place = channelThread();
    await post(e2e, teamsMessage(e2e, place, `orders for contoso with ${PRODUCT}`));
    const cards = cardsOf(e2e.connector.conversation(place.conversationId));
    expect(cards).toHaveLength(1);
    expect(cardByteSize(cards[0]!)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(cardText(cards[0])).toMatch(/Showing \d+ of 30/);
  });
});

describe('ids copy exactly', () => {
  it.each([
    'order 9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1 for contoso',
    'order `9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1` for contoso',
  ])('%s: the order, its id a TextRun as it is', async (text) => {
    const card = await ask(text);
    expect(cardText(card)).toContain('Order details');
    const runs = cardObjects(card)
      .filter((o) => o.type === 'TextRun')
      .map((o) => o.text);
    expect(runs).toContain('Order id: 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1');
    expect(runs).toContain(`Customer tenant id: ${CONTOSO_TENANT_ID}`);
  });
});
