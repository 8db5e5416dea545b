// Issue 15 (7): ids are shown so that what a person selects is the id itself: a TextRun (not Markdown) holds
// the exact id after its label, with no backslash escape, even when it starts or ends with `-` or `_`.
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import { subscriptionsCard } from '../../src/commands/subscriptions/card';
import { watchesCard } from '../../src/commands/watches/card';
import type { Order, Subscription } from '../../src/partnercenter/models';
import { actions, cardObjects, contoso, CUSTOMER_ID, licenseOrder, watchFixture } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };
const EDGY_ORDER = '-LD7uQ2xYzAbCdEfGh1Bk_';
const EDGY_SUBSCRIPTION = '_a356ac8c-e310-44f4-bf85-c7f29044af99-';
const order: Order = {
  ...licenseOrder,
  id: EDGY_ORDER,
  lineItems: [{ ...licenseOrder.lineItems![0]!, subscriptionId: EDGY_SUBSCRIPTION }],
};
const subscription: Subscription = {
  id: EDGY_SUBSCRIPTION,
  friendlyName: 'Microsoft 365 E3',
  quantity: 1,
  orderId: EDGY_ORDER,
  status: 'active',
};

/** The texts of the card's TextRuns. */
function textRuns(card: unknown): string[] {
  return cardObjects(card)
    .filter((o) => o.type === 'TextRun')
    .map((o) => o.text as string);
}

/** Every text of the card, button data left out. */
const texts = (card: unknown) =>
  cardObjects(card).flatMap((o) =>
    ['text', 'title', 'value'].map((k) => o[k]).filter((v) => typeof v === 'string'),
  );

describe('copyable ids', () => {
  it.each([
    [
      'orders list',
      ordersSummaryCard({ customer: contoso, filters: {}, orders: [order], offset: 0, actions }, en),
      [`Order id: ${EDGY_ORDER}`],
    ],
    [
      'order detail',
      orderDetailCard({ customer: contoso, order, subscriptions: [subscription], actions }, en),
      [`Order id: ${EDGY_ORDER}`, `Subscription id: ${EDGY_SUBSCRIPTION}`],
    ],
    [
      'subscriptions',
      subscriptionsCard(
        { customer: contoso, orderId: EDGY_ORDER, subscriptions: [subscription], actions },
        en,
      ),
      [`Order id: ${EDGY_ORDER}`, `Subscription id: ${EDGY_SUBSCRIPTION}`],
    ],
  ])('%s: a TextRun carries each id exactly, and no escaped form is shown', (_name, card, lines) => {
    expectValidCard(card);
    const runs = textRuns(card);
    for (const line of [...lines, `Customer tenant id: ${CUSTOMER_ID}`]) expect(runs).toContain(line);
    // Not even the shortened ids of headings ("Mar 7, 2018 · -LD7uQ2x…") carry a backslash.
    for (const text of texts(card)) expect(text).not.toMatch(/\\[-_]/);
  });

  it('watch cards: the order id in a line is a TextRun, as it is', () => {
    const watch = watchFixture(1, { customerId: CUSTOMER_ID, customerName: 'Contoso_', orderId: EDGY_ORDER });
    const card = watchesCard([watch], 'en-US');
    expectValidCard(card);
    expect(textRuns(card).some((run) => run.includes(`${EDGY_ORDER} `))).toBe(true);
    for (const text of texts(card)) expect(text).not.toMatch(/\\[-_]/);
  });
});
