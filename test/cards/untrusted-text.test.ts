// What users type and what Partner Center sends is shown as text: it never becomes a link, formatting, a
// list, a date function or a template expression in any card.

import { chooseCustomerCard, errorCard, type AdaptiveCard } from '../../src/cards';
import { helpCard } from '../../src/commands';
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import { subscriptionsCard } from '../../src/commands/subscriptions/card';
import { plain } from '../../src/cards/plain-text';
import type { Order, Subscription } from '../../src/partnercenter/models';
import { actions, contoso, licenseOrder, licenseSubscription, submitActions } from './card-fixtures';
import { cardTexts, markupProblems, visibleText } from './markdown';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

const HOSTILE = [
  '[Verify your account](https://evil.example/login)',
  '**urgent** _now_ ~~old~~',
  '- first item',
  '1. numbered',
  '# Heading',
  '> quoted',
  '`code`',
  '<https://evil.example>',
  '![img](https://evil.example/x.png)',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  '${t.helpTitle}',
  '&lt;b&gt; \\*x\\*',
  'two\n\n- lines',
  '---',
];

/** One of the hostile strings as every text field of Partner Center data. */
function hostileOrder(h: string): Order {
  return {
    ...licenseOrder,
    id: `${h}-id`,
    alternateId: h,
    status: h,
    billingCycle: h,
    transactionType: h,
    currencyCode: h,
    currencySymbol: h,
    lineItems: [
      {
        lineItemNumber: 0,
        offerId: h,
        subscriptionId: h,
        friendlyName: h,
        quantity: 2,
        termDuration: h,
        pricing: { price: 3 },
      },
    ],
  };
}

function hostileSubscription(h: string): Subscription {
  return {
    ...licenseSubscription,
    id: h,
    friendlyName: h,
    unitType: h,
    status: h,
    billingType: h,
    billingCycle: h,
    creationDate: h,
    commitmentEndDate: h,
  };
}

const customer = (h: string) => ({ id: h, name: h, domain: h });

function cardsFor(h: string): [string, AdaptiveCard][] {
  return [
    [
      'customer not found',
      errorCard({ kind: 'customerNotFound', query: h, closestNames: [h], detail: h, correlationId: h }, en),
    ],
    ['order not found', errorCard({ kind: 'orderNotFound', query: h }, en)],
    ['reseller not found', errorCard({ kind: 'resellerNotFound', query: h }, en)],
    ['help', helpCard({ hint: h, suggestion: h, topic: h, action: () => ({}) }, en)],
    ['help examples', helpCard({ examples: [{ command: h, description: h }], action: () => ({}) }, en)],
    [
      'choose customer',
      chooseCustomerCard({ query: h, candidates: [customer(h), customer(h)], action: () => ({}) }, en),
    ],
    [
      'orders summary',
      ordersSummaryCard(
        {
          customer: customer(h),
          filters: { status: h, billingCycle: h, resellerName: h, product: h, includePrices: true },
          orders: [hostileOrder(h)],
          subscriptionsByOrder: new Map([[`${h}-id`, [hostileSubscription(h)]]]),
          offset: 0,
          actions,
        },
        en,
      ),
    ],
    [
      'order detail',
      orderDetailCard(
        { customer: customer(h), order: hostileOrder(h), subscriptions: [hostileSubscription(h)], actions },
        en,
      ),
    ],
    [
      'subscriptions',
      subscriptionsCard(
        { customer: customer(h), orderId: h, subscriptions: [hostileSubscription(h)], actions },
        en,
      ),
    ],
  ];
}

describe('untrusted text in cards', () => {
  it.each(HOSTILE)('%j is plain text in every card', (h) => {
    for (const [name, card] of cardsFor(h)) {
      expect({ name, problems: markupProblems(card) }).toEqual({ name, problems: [] });
      expectValidCard(card);
    }
  });

  it.each(HOSTILE)('%j reads as typed, character for character (line breaks as spaces)', (typed) => {
    const card = errorCard({ kind: 'customerNotFound', query: typed }, en);
    const seen = cardTexts(card).map((t) => visibleText(t.text));
    expect(seen).toContain(`No customer matches “${typed.replace(/\s+/g, ' ')}”.`);
  });

  it('keeps names readable: only Markdown characters are escaped', () => {
    expect(plain('Contoso Ltd · contoso.onmicrosoft.com')).toBe('Contoso Ltd · contoso.onmicrosoft.com');
    expect(plain('Reserved_VM_Instance_Standard_D1')).toBe('Reserved_VM_Instance_Standard_D1');
    expect(plain('Smith & Sons (UK) - Retail')).toBe('Smith & Sons (UK) - Retail');
    expect(plain('[a](b)')).toBe('\\[a\\](b)');
    expect(plain('- a')).toBe('\\- a');
    expect(plain('{{DATE(x)}} ${y}')).toBe('{\\{DATE(x)}} $\\{y}');
  });

  it('leaves button titles unescaped (they are not Markdown) and button data as it was', () => {
    const name = 'A*B [x](y)';
    const card = chooseCustomerCard(
      {
        query: 'a',
        candidates: [
          { id: '1', name },
          { id: '2', name: 'B' },
        ],
        action: (id) => ({ id, name }),
      },
      en,
    );
    const buttons = submitActions(card);
    expect(buttons[0]).toEqual({ title: name, data: { id: '1', name } });
  });
});

describe('markdown check itself', () => {
  it('flags a card whose text is Markdown', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: 'see [here](https://x.example)' }],
    };
    expect(markupProblems(card)).toHaveLength(1);
    expect(markupProblems({ ...card, body: [{ type: 'TextBlock', text: contoso.name }] })).toEqual([]);
  });
});
