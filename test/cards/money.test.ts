// Issue 10: totals leave cancelled orders out; a line's price is labelled as the unit price; the currency
// reads the same on every order ("USD", never "USD $").
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import type { Order } from '../../src/partnercenter/models';
import { actions, cardTexts, contoso, licenseOrder } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

describe('money on the cards', () => {
  it('totals exclude cancelled orders and say so', () => {
    const cancelled: Order = { ...licenseOrder, id: 'c1', status: 'Cancelled', totalPrice: 1000 };
    const card = ordersSummaryCard(
      {
        customer: contoso,
        filters: { includePrices: true },
        orders: [licenseOrder, cancelled],
        offset: 0,
        actions,
      },
      en,
    );
    expectValidCard(card);
    const texts = cardTexts(card);
    const at = texts.indexOf('Total (cancelled orders excluded)');
    expect(at).toBeGreaterThan(-1);
    expect(texts[at + 1]).toBe('USD 1,234.50');
  });

  it('labels the line price as the unit price and shows the line total apart', () => {
    const texts = cardTexts(
      orderDetailCard({ customer: contoso, order: licenseOrder, subscriptions: [], actions }, en),
    );
    expect(texts[texts.indexOf('Unit price') + 1]).toBe('USD 9.00');
    expect(texts[texts.indexOf('Line total') + 1]).toBe('USD 225.00');
    expect(texts).not.toContain('Price');
  });

  it('shows the currency as its code whether or not Partner Center sent a symbol', () => {
    for (const order of [licenseOrder, { ...licenseOrder, currencySymbol: undefined }]) {
      const texts = cardTexts(orderDetailCard({ customer: contoso, order, subscriptions: [], actions }, en));
      expect(texts[texts.indexOf('Currency') + 1]).toBe('USD');
    }
  });
});
