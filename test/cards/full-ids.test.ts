// Issue 10: every id a person may paste into a ticket (order, subscription, customer tenant) is on the card
// in full. Seed 003's subscription (83ef9d05…) is on no line item, so only the subscriptions list shows it.
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import { subscriptionsCard } from '../../src/commands/subscriptions/card';
import {
  actions,
  cardText,
  contoso,
  CUSTOMER_ID,
  licenseOrder,
  licenseSubscription,
  offerSubscription,
  reservationOrder,
} from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

describe('full ids on the cards', () => {
  it('the subscriptions card shows the order, every subscription and the tenant in full', () => {
    const card = subscriptionsCard(
      {
        customer: contoso,
        orderId: licenseOrder.id,
        subscriptions: [licenseSubscription, offerSubscription],
        actions,
      },
      en,
    );
    expectValidCard(card);
    const text = cardText(card);
    for (const id of [licenseOrder.id, licenseSubscription.id, offerSubscription.id, CUSTOMER_ID])
      expect(text).toContain(id);
  });

  it('the orders list shows every order id in full', () => {
    const card = ordersSummaryCard(
      { customer: contoso, filters: {}, orders: [reservationOrder, licenseOrder], offset: 0, actions },
      en,
    );
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1'.replace('\\_', '_'));
    expect(text).toContain(licenseOrder.id);
    expect(text).toContain(CUSTOMER_ID);
  });

  it('order detail shows the id of a subscription that is on no line item (seed 003)', () => {
    const card = orderDetailCard(
      {
        customer: contoso,
        order: licenseOrder,
        subscriptions: [licenseSubscription, offerSubscription],
        actions,
      },
      en,
    );
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain(offerSubscription.id);
    expect(text).toContain(CUSTOMER_ID);
  });
});
