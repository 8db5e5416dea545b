import { orderDetailCard, type OrderDetailInput } from '../../src/commands/order/card';
import type { Order, Subscription } from '../../src/partnercenter/models';
import {
  actions,
  cardText,
  cardTexts,
  coloredTexts,
  contoso,
  licenseOrder,
  licenseSubscription,
  offerSubscription,
  reservationOrder,
  submitActions,
} from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

function input(order: Order, subscriptions: Subscription[] = [], staleAgeMs?: number): OrderDetailInput {
  return { customer: contoso, order, subscriptions, actions, staleAgeMs };
}

describe('orderDetailCard', () => {
  it('shows the facts of the order with its full id', () => {
    const card = orderDetailCard(input(licenseOrder, [licenseSubscription, offerSubscription]), en);
    expectValidCard(card);
    const text = cardText(card);
    for (const fact of [
      // Ids are a RichTextBlock line of TextRuns (issue 15), which are not Markdown: copied exactly.
      'Order id: eeba9d00-7b46-443a-917e-22887a8fc993',
      'Alternate id\neeba9d007b46',
      'Created\nMar 7, 2018, 1:37 AM UTC',
      'Status\nCompleted',
      'Billing cycle\nMonthly',
      'Currency\nUSD',
      'Total\nUSD 1,234.50',
      'Transaction type\nUser purchase',
    ]) {
      expect(text).toContain(fact);
    }
    expect(cardTexts(card).slice(0, 2)).toEqual([
      'Contoso Ltd · contoso.onmicrosoft.com',
      'Customer tenant id: b0d70a69-4c42-4b27-b17b-91a835d8686a',
    ]);
    expect(cardTexts(card)[2]).toMatch(/^As of .* UTC$/);
    expect(cardTexts(card)[3]).toBe('Order details');
    expect(coloredTexts(card)[0]).toEqual({ text: 'Completed', color: 'Good' });
  });

  it('lists line items with offer, quantity, term, price and subscription id', () => {
    const text = cardText(orderDetailCard(input(licenseOrder), en));
    expect(text).toContain('Line items (1)');
    expect(text).toContain(
      [
        'Azure Active Directory Premium P2',
        'Offer id',
        'E59159FC-6F67-4599-B3CB-17FF4020F643',
        'Quantity',
        '25',
        'Term',
        '1 month',
        'Unit price',
        'USD 9.00',
        'Line total',
        'USD 225.00',
        'Subscription id: DB8C695B-1C3C-4C55-B697-771503DD46BF',
      ].join('\n'),
    );
  });

  it('lists the subscriptions with coloured status, quantity, auto-renew and commitment end', () => {
    const card = orderDetailCard(input(licenseOrder, [licenseSubscription, offerSubscription]), en);
    const texts = cardTexts(card);
    expect(texts).toContain('Subscriptions (2)');
    expect(texts).toContain('Subscription id: DB8C695B-1C3C-4C55-B697-771503DD46BF');
    expect(texts).toContain('Quantity: 25 Licenses · Auto-renew: Yes · Commitment ends: Mar 6, 2019');
    // seed 003's "2016-12-12T08: 00: 00Z" is read despite its defect; unit type "none" is left out
    expect(texts).toContain('Subscription id: 83ef9d05-4169-4ef9-9657-0e86b1eab1de');
    expect(texts).toContain('Quantity: 1 · Auto-renew: No · Commitment ends: Dec 12, 2016');
    expect(coloredTexts(card)).toEqual(
      expect.arrayContaining([
        { text: 'Suspended', color: 'Attention' },
        { text: 'Active', color: 'Good' },
      ]),
    );
  });

  it('says when the order has no subscriptions, and leaves out facts the order does not have', () => {
    const card = orderDetailCard(input(reservationOrder), en);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('No subscriptions found for this order.');
    expect(text).not.toContain('Alternate id');
    expect(text).not.toContain('Total');
    expect(text).not.toContain('Transaction type');
    expect(coloredTexts(card)[0]).toEqual({ text: 'Pending', color: 'Warning' });
  });

  it('embeds the caller’s action data', () => {
    const card = orderDetailCard(input(licenseOrder), en);
    expect(submitActions(card)).toEqual([
      { title: 'Subscriptions', data: actions.subscriptions(licenseOrder.id) },
      { title: 'Back to orders', data: actions.orders() },
      { title: 'Refresh', data: actions.refresh() },
    ]);
  });

  it('shows unknown values as they came and unreadable dates raw', () => {
    const odd: Order = {
      ...licenseOrder,
      status: 'on_hold',
      billingCycle: 'quarterly',
      transactionType: 'PartnerMagic',
      creationDate: 'last Tuesday',
      lineItems: [{ ...licenseOrder.lineItems[0]!, termDuration: 'P1Q' }],
    };
    const card = orderDetailCard(input(odd, [{ ...offerSubscription, status: 'frozen' }]), en);
    expectValidCard(card);
    const text = cardText(card);
    for (const raw of [
      'Status\non_hold',
      'Billing cycle\nquarterly',
      'Transaction type\nPartnerMagic',
      'Created\nlast Tuesday',
      'Term\nP1Q',
    ]) {
      expect(text).toContain(raw);
    }
    expect(coloredTexts(card)).toEqual(
      expect.arrayContaining([
        { text: 'on_hold', color: 'Default' },
        { text: 'frozen', color: 'Default' },
      ]),
    );
  });

  it('bounds line items and subscriptions, saying how many are not shown', () => {
    const big: Order = {
      ...licenseOrder,
      lineItems: Array.from({ length: 60 }, (_, n) => ({
        ...licenseOrder.lineItems[0]!,
        lineItemNumber: n,
        friendlyName: 'N'.repeat(400),
      })),
    };
    const subs = Array.from({ length: 40 }, (_, n) => ({
      ...licenseSubscription,
      id: `sub-${n}`,
      friendlyName: 'S'.repeat(400),
    }));
    const card = orderDetailCard(input(big, subs, 60_000), { locale: 'zh-CN' });
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts).toContain('订单项（60）');
    expect(texts).toContain('另有 50 个订单项未显示。');
    expect(texts).toContain('另有 30 个订阅未显示。');
  });

  it.each([
    [
      'pt-BR',
      [
        'Detalhes do pedido',
        'ID do pedido',
        'Criado em\n7 de mar. de 2018, 01:37 UTC',
        'Prazo\n1 mês',
        'USD 9,00',
        'Renovação automática: Sim',
      ],
    ],
    ['zh-CN', ['订单详细信息', '订单 ID', '期限\n1个月', '自动续订：是']],
    ['it-IT', ["Dettagli dell'ordine", 'ID ordine', 'Durata\n1 mese', 'Rinnovo automatico: Sì']],
    [
      'de-DE',
      ['Order details', 'Order id', 'Created\n07.03.2018, 01:37 UTC', 'Term\n1 Monat', 'Auto-renew: Yes'],
    ],
  ])('%s', (locale, expected) => {
    const card = orderDetailCard(input(licenseOrder, [licenseSubscription], 90 * 60_000), { locale });
    expectValidCard(card);
    const text = cardText(card);
    for (const e of expected) expect(text).toContain(e);
  });
});
