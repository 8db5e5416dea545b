import { subscriptionsCard, type SubscriptionsInput } from '../../src/commands/subscriptions/card';
import type { Subscription } from '../../src/partnercenter/models';
import {
  actions,
  cardText,
  cardTexts,
  coloredTexts,
  contoso,
  licenseOrder,
  licenseSubscription,
  offerSubscription,
  submitActions,
} from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

function input(subscriptions: Subscription[], staleAgeMs?: number): SubscriptionsInput {
  return { customer: contoso, orderId: licenseOrder.id, subscriptions, actions, staleAgeMs };
}

describe('subscriptionsCard', () => {
  it('shows each subscription: name, full id, coloured status, quantity, billing, renewal, dates', () => {
    const card = subscriptionsCard(input([licenseSubscription, offerSubscription]), en);
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts.filter((t) => !t.startsWith('As of ')).slice(0, 5)).toEqual([
      'Contoso Ltd · contoso.onmicrosoft.com',
      'Customer tenant id: b0d70a69-4c42-4b27-b17b-91a835d8686a',
      'Subscriptions of order eeba9d00…',
      'Order id: eeba9d00-7b46-443a-917e-22887a8fc993',
      '2 subscriptions · 1 active',
    ]);
    expect(cardText(card)).toContain(
      [
        'Azure Active Directory Premium P2',
        'Suspended',
        'Subscription id: DB8C695B-1C3C-4C55-B697-771503DD46BF',
        'Quantity',
        '25 Licenses',
        'Billing',
        'Monthly · License-based',
        'Auto-renew',
        'Yes',
        'Commitment ends',
        'Mar 6, 2019',
        'Created',
        'Mar 6, 2018',
      ].join('\n'),
    );
    // seed 003, with its "2015-11-25T06: 41: 12Z" dates
    expect(cardText(card)).toContain(
      [
        'Myofferpurchase',
        'Active',
        'Subscription id: 83ef9d05-4169-4ef9-9657-0e86b1eab1de',
        'Quantity',
        '1',
        'Billing',
        'None',
        'Auto-renew',
        'No',
        'Commitment ends',
        'Dec 12, 2016',
        'Created',
        'Nov 25, 2015',
      ].join('\n'),
    );
    expect(coloredTexts(card)).toEqual([
      { text: 'Suspended', color: 'Attention' },
      { text: 'Active', color: 'Good' },
    ]);
  });

  it('links back to the order with the caller’s action data', () => {
    expect(submitActions(subscriptionsCard(input([offerSubscription]), en))).toEqual([
      { title: 'Order details', data: actions.details(licenseOrder.id) },
      { title: 'Refresh', data: actions.refresh() },
    ]);
  });

  it('says so when the order has no subscriptions', () => {
    const card = subscriptionsCard(input([]), en);
    expectValidCard(card);
    expect(cardTexts(card)).toContain('No subscriptions found for this order.');
    expect(cardTexts(card)).toContain('0 subscriptions · 0 active');
  });

  it('shows unknown values as they came', () => {
    const odd = {
      ...licenseSubscription,
      status: 'migrating',
      billingCycle: 'quarterly',
      billingType: 'metered',
      creationDate: undefined,
    };
    const card = subscriptionsCard(input([odd]), en);
    expectValidCard(card);
    expect(coloredTexts(card)).toEqual([{ text: 'migrating', color: 'Default' }]);
    expect(cardText(card)).toContain('Billing\nquarterly · metered');
    expect(cardText(card)).toContain('Created\n—');
  });

  it('shows the first 20 of many, under the size limit, and says how many there are', () => {
    const many = Array.from({ length: 300 }, (_, n) => ({
      ...licenseSubscription,
      id: `${n}`.padStart(36, '0'),
      friendlyName: 'Ж'.repeat(1000),
      unitType: 'U'.repeat(1000),
    }));
    const card = subscriptionsCard(input(many, 10 * 60_000), { locale: 'it-IT' });
    expectValidCard(card);
    expect(cardTexts(card)).toContain('Sono mostrati i primi 20 di 300.');
    expect(cardTexts(card)).toContain('300 abbonamenti · 0 attivi');
  });

  it.each([
    [
      'pt-BR',
      [
        'Assinaturas do pedido eeba9d00…',
        '2 assinaturas · 1 ativa',
        'Suspensa',
        'Mensal · Por licença',
        '6 de mar. de 2019',
        'Detalhes do pedido',
      ],
    ],
    [
      'zh-CN',
      ['订单 eeba9d00… 的订阅', '2 个订阅 · 1 个有效', '已暂停', '每月 · 基于许可证', '2019年3月6日'],
    ],
    [
      'it',
      [
        "Abbonamenti dell'ordine eeba9d00…",
        '2 abbonamenti · 1 attivo',
        'Sospeso',
        'Mensile · Basata su licenza',
        '6 mar 2019',
      ],
    ],
    ['de-DE', ['Subscriptions of order eeba9d00…', '2 subscriptions · 1 active', 'Suspended', '06.03.2019']],
  ])('%s', (locale, expected) => {
    const card = subscriptionsCard(input([licenseSubscription, offerSubscription]), { locale });
    expectValidCard(card);
    const text = cardText(card);
    for (const e of expected) expect(text).toContain(e);
  });
});
