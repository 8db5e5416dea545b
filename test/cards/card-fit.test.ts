// Issue 15 (6): a list card over MAX_CARD_BYTES is rendered again with fewer rows and says "showing N of M" in
// the person's language; a card that cannot fit even with one row is the short "too large" card. Checked with
// the real templates and the adaptivecards library, as a 1.5 host reads them.
import { cardByteSize, MAX_CARD_BYTES } from '../../src/cards';
import { fitCard } from '../../src/cards/fit';
import { runAction, typeAction } from '../../src/commands/actions';
import { MAX_LINE_ITEMS, orderDetailCard } from '../../src/commands/order/card';
import { ORDERS_PAGE_SIZE, ordersSummaryCard } from '../../src/commands/orders/card';
import { MAX_SUBSCRIPTIONS, subscriptionsCard } from '../../src/commands/subscriptions/card';
import { tooLargeAnswer } from '../../src/commands/too-large';
import { MAX_WATCH_ROWS, watchesCard } from '../../src/commands/watches/card';
import type { Order, Subscription } from '../../src/partnercenter/models';
import type { Watch } from '../../src/state/watch-store';
import {
  actions as fewBytesActions,
  cardText,
  CUSTOMER_ID,
  submitActions,
  watchFixture,
} from './card-fixtures';
import { expectValidCard } from './validate-card';

// Long names as real catalogues have them, in CJK (3 UTF-8 bytes a character) to reach the limit.
const LONG = '微软 365 E5 安全与合规，含 Teams 电话、音频会议和通话计划'.repeat(3);
const customer = { id: CUSTOMER_ID, name: LONG, domain: 'contoso-pharmaceuticals-emea.onmicrosoft.com' };
// A long product word: every button of the list carries it back in its data.
const filters = { product: LONG.repeat(2), billingCycle: 'monthly' as const };
// Names that take the most bytes as JSON once escaped as plain text (`\` → `\\` → 4 bytes).
const HEAVY = '\\'.repeat(120);
// As long as an id may be (100): Partner Center's data is not ours to trust.
const heavyId = (i: number) => `${'\\'.repeat(96)}${String(i).padStart(4, '0')}`;
const tooLarge = (command: string, locale: string) => () => tooLargeAnswer(command, locale);

function order(i: number): Order {
  return {
    id: `9qg-ErcO-4MPbPqq_3MIQaS7bn8W6H${String(i).padStart(3, '0')}`,
    referenceCustomerId: CUSTOMER_ID,
    billingCycle: 'monthly',
    currencyCode: 'USD',
    totalPrice: 1234.5,
    status: i % 2 ? 'pending' : 'completed',
    creationDate: `2018-03-${String(1 + (i % 28)).padStart(2, '0')}T02:17:15Z`,
    lineItems: [0, 1, 2, 3].map((k) => ({
      lineItemNumber: k,
      offerId: `DZH318Z0BQ4B:000Z:DZH318Z0DSP${k}`,
      friendlyName: LONG,
      quantity: 3,
      subscriptionId: 'DB8C695B-1C3C-4C55-B697-771503DD46BF',
    })),
  };
}

const orders = Array.from({ length: 40 }, (_, i) => order(i));
// Button data as the orders command makes it: every button carries the list's filters back.
const back = { filters };
const actions = {
  details: (orderId: string) => runAction({ kind: 'order', customer: CUSTOMER_ID, orderId, back }),
  subscriptions: (orderId: string) =>
    runAction({ kind: 'subscriptions', customer: CUSTOMER_ID, orderId, back }),
  more: (offset: number) => runAction({ kind: 'orders', customer: CUSTOMER_ID, filters, offset }),
  refresh: () => runAction({ kind: 'orders', customer: CUSTOMER_ID, filters, refresh: true }),
  watch: (orderId: string) => runAction({ kind: 'watch', customer: CUSTOMER_ID, orderId }),
  orders: () => runAction({ kind: 'orders', customer: CUSTOMER_ID, filters }),
};

function summary(locale: string) {
  return (maxRows: number | undefined) =>
    ordersSummaryCard(
      { customer, filters: { product: LONG }, orders, offset: 0, actions, maxRows },
      { locale },
    );
}

const details = (card: unknown) =>
  submitActions(card).filter((a) => (a.data as { command?: { kind?: string } }).command?.kind === 'order');

describe('fitCard: the orders list', () => {
  it('is over the limit with ten long-named orders (what went out as a 413 before)', () => {
    expect(cardByteSize(summary('en-US')(undefined))).toBeGreaterThan(MAX_CARD_BYTES);
  });

  it.each([
    ['en-US', /^Showing (\d) of 40: the rest do not fit in one Teams card\.$/],
    ['pt-BR', /^Mostrando (\d) de 40: os demais não cabem em um cartão do Teams\.$/],
    ['zh-CN', /^显示 (\d) 个，共 40 个：其余内容无法放入一张 Teams 卡片。$/],
    ['it', /^Sono mostrati (\d) di 40: gli altri non stanno in una scheda di Teams\.$/],
  ])('%s: fewer rows, under the limit, with "showing N of M" and Show more after them', (locale, note) => {
    const card = fitCard(summary(locale), ORDERS_PAGE_SIZE, tooLarge('orders', locale));
    expectValidCard(card);
    expect(cardByteSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const shown = details(card).length;
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(ORDERS_PAGE_SIZE);
    const line = cardText(card)
      .split('\n')
      .find((text) => note.test(text));
    expect(line?.match(note)?.[1]).toBe(String(shown));
    // The next page starts right after the last row shown: nothing is skipped.
    expect(submitActions(card)).toContainEqual(expect.objectContaining({ data: actions.more(shown) }));
  });

  it('leaves a card that fits as it is, with no note', () => {
    const small = (maxRows: number | undefined) =>
      ordersSummaryCard(
        {
          customer: { id: CUSTOMER_ID, name: 'Contoso' },
          filters: {},
          orders: orders.map((o) => ({ ...o, lineItems: o.lineItems!.slice(0, 1) })),
          offset: 0,
          actions: fewBytesActions,
          maxRows,
        },
        { locale: 'en-US' },
      );
    const card = fitCard(small, ORDERS_PAGE_SIZE, tooLarge('orders', 'en-US'));
    expect(card).toEqual(small(undefined));
    expect(submitActions(card).filter((a) => a.title === 'Details')).toHaveLength(ORDERS_PAGE_SIZE);
    expect(cardText(card)).not.toContain('Showing');
  });
});

describe('fitCard: the other list cards', () => {
  const subscriptions: Subscription[] = Array.from({ length: 30 }, (_, i) => ({
    id: heavyId(i),
    friendlyName: HEAVY,
    offerName: HEAVY,
    status: 'active',
    quantity: 5,
    unitType: 'Licenses',
    billingCycle: 'monthly',
    autoRenewEnabled: true,
    creationDate: '2018-03-06T17:37:05Z',
    commitmentEndDate: '2019-03-06T00:00:00Z',
  }));

  it('the subscriptions of an order', () => {
    const build = (maxRows: number | undefined) =>
      subscriptionsCard(
        { customer, orderId: orders[0]!.id, subscriptions, actions, maxRows },
        { locale: 'en-US' },
      );
    expect(cardByteSize(build(undefined))).toBeGreaterThan(MAX_CARD_BYTES);
    const card = fitCard(build, MAX_SUBSCRIPTIONS, tooLarge('subscriptions', 'en-US'));
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Showing \d+ of 30: the rest do not fit in one Teams card\./);
  });

  it("an order's line items and subscriptions", () => {
    const big: Order = {
      ...order(1),
      lineItems: Array.from({ length: 30 }, (_, k) => ({
        lineItemNumber: k,
        offerId: heavyId(k),
        friendlyName: HEAVY,
        quantity: 1,
        subscriptionId: heavyId(k),
      })),
    };
    const build = (maxRows: number | undefined) =>
      orderDetailCard(
        { customer, order: big, subscriptions: subscriptions.slice(0, 10), actions, maxRows },
        { locale: 'en-US' },
      );
    expect(cardByteSize(build(undefined))).toBeGreaterThan(MAX_CARD_BYTES);
    const card = fitCard(build, MAX_LINE_ITEMS, tooLarge('order', 'en-US'));
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Showing \d of 30: the rest do not fit in one Teams card\./);
  });

  it("a conversation's watches", () => {
    const watches: Watch[] = Array.from({ length: 25 }, (_, i) =>
      watchFixture(i, { customerId: CUSTOMER_ID, customerName: LONG.repeat(4), orderId: heavyId(i) }),
    );
    const build = (maxRows: number | undefined) => watchesCard(watches, 'en-US', { maxRows });
    expect(cardByteSize(build(undefined))).toBeGreaterThan(MAX_CARD_BYTES);
    const card = fitCard(build, MAX_WATCH_ROWS, tooLarge('watches', 'en-US'));
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Showing \d+ of 25: the rest do not fit in one Teams card\./);
  });
});

describe('the too-large card', () => {
  it('stands in when even one row does not fit', () => {
    const huge = () => ({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x'.repeat(40_000) }],
    });
    const card = fitCard(huge, 10, tooLarge('orders', 'en-US'));
    expect(card).toEqual(tooLargeAnswer('orders', 'en-US'));
  });

  it.each(['en-US', 'pt-BR', 'zh-CN', 'it'])(
    '%s: names the command, says it was too large, how to ask for less, and opens its help',
    (locale) => {
      const card = tooLargeAnswer('orders', locale);
      expectValidCard(card);
      expect(cardByteSize(card)).toBeLessThan(1024);
      expect(cardText(card)).toContain('orders');
      expect(submitActions(card)).toEqual([
        { title: expect.stringContaining('orders'), data: typeAction('help orders') },
      ]);
    },
  );

  it("is in the person's language", () => {
    expect(cardText(tooLargeAnswer('orders', 'en-US'))).toContain(
      'This answer is too large for Teams to show.',
    );
    expect(cardText(tooLargeAnswer('orders', 'zh-CN'))).toContain('此回答过大，Teams 无法显示。');
  });
});
