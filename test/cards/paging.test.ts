// Issue 10: paging 1,127 orders was 113 clicks of "Show more" with no way back. Pages go both ways and a
// long list says how to narrow it by date.
import { ordersSummaryCard, type OrdersSummaryInput } from '../../src/commands/orders/card';
import { actions, cardTexts, contoso, manyOrders, submitActions } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };
const orders = manyOrders(1127);

function page(offset: number, extra: Partial<OrdersSummaryInput> = {}) {
  return ordersSummaryCard({ customer: contoso, filters: {}, orders, offset, actions, ...extra }, en);
}

describe('paging the orders list', () => {
  it('offers previous and next on a middle page', () => {
    const card = page(500);
    expectValidCard(card);
    const buttons = submitActions(card).filter((b) => /Previous|Show more/.test(b.title));
    expect(buttons).toEqual([
      { title: 'Previous (491–500 of 1,127)', data: actions.more(490) },
      { title: 'Show more (511–520 of 1,127)', data: actions.more(510) },
    ]);
  });

  it('has no Previous on the first page and no Show more on the last', () => {
    expect(submitActions(page(0)).map((b) => b.title)).not.toContainEqual(expect.stringMatching(/^Previous/));
    const last = submitActions(page(1120)).map((b) => b.title);
    expect(last).toContainEqual('Previous (1,111–1,120 of 1,127)');
    expect(last).not.toContainEqual(expect.stringMatching(/^Show more/));
  });

  it('says how to narrow a long list by date, with the command to type', () => {
    const texts = cardTexts(page(0, { narrowExample: 'orders for contoso since 2023-01-01' }));
    expect(texts).toContain('To narrow the list, add dates: “orders for contoso since 2023-01-01”');
    const short = ordersSummaryCard(
      { customer: contoso, filters: {}, orders: orders.slice(0, 12), offset: 0, actions, narrowExample: 'x' },
      en,
    );
    expect(cardTexts(short).some((t) => t.startsWith('To narrow'))).toBe(false);
  });
});
