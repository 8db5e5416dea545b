import { cardByteSize, MAX_CARD_BYTES } from '../../src/cards';
import { ordersSummaryCard, type OrdersSummaryInput } from '../../src/commands/orders/card';
import type { Subscription } from '../../src/partnercenter/models';
import {
  actions,
  cardText,
  cardTexts,
  coloredTexts,
  completedReservation,
  contoso,
  licenseOrder,
  licenseSubscription,
  manyOrders,
  offerSubscription,
  orderId,
  reservationOrder,
  submitActions,
} from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

/** The card's own actions but Refresh, which every card has. */
function pageActions(card: Record<string, unknown>): unknown[] {
  return (card.actions as { title: string }[]).filter((a) => a.title !== 'Refresh');
}

function input(overrides: Partial<OrdersSummaryInput> = {}): OrdersSummaryInput {
  return {
    customer: contoso,
    filters: {},
    orders: [reservationOrder, licenseOrder, completedReservation],
    offset: 0,
    actions,
    ...overrides,
  };
}

describe('ordersSummaryCard', () => {
  it('leads with the customer, the count and what is pending, then the orders newest first', () => {
    const card = ordersSummaryCard(input(), en);
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Contoso Ltd');
    expect(texts).toContain('Orders · contoso.onmicrosoft.com');
    expect(texts).toContain('3 orders · 1 pending');
    expect(texts).toContain('No filters: showing all orders.');
    expect(texts).toContain('Completed 2 · Pending 1');
    expect(texts).toContain('One-time 2 · Monthly 1');

    const headings = texts.filter((t) => /^\w{3} \d+, 2018 · /.test(t));
    expect(headings).toEqual([
      'Mar 15, 2018 · 9qg-ErcO…',
      'Mar 13, 2018 · YxH1q4KS…',
      'Mar 7, 2018 · eeba9d00…',
    ]);
  });

  it('shows line items as name × quantity, the cycle and the price when present', () => {
    const text = cardText(ordersSummaryCard(input(), en));
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year × 1');
    expect(text).toContain('Azure Active Directory Premium P2 × 25');
    expect(text).toContain('Monthly · USD 1,234.50');
    expect(text).toContain('One-time');
  });

  it('lists at most three line items per order, then "+N more"', () => {
    const order = { ...licenseOrder, lineItems: Array(6).fill(licenseOrder.lineItems[0]) };
    const texts = cardTexts(ordersSummaryCard(input({ orders: [order] }), en));
    expect(texts.filter((t) => t.includes(' × '))).toHaveLength(3);
    expect(texts).toContain('+3 more');
  });

  it('colours statuses and shows unknown values as they came', () => {
    const odd = { ...licenseOrder, id: 'odd-order-id-0001', status: 'po_upload_complete' };
    const odder = {
      ...licenseOrder,
      id: 'odd-order-id-0002',
      status: 'Frobnicated',
      billingCycle: 'fortnightly',
    };
    const cancelled = { ...licenseOrder, id: 'odd-order-id-0003', status: 'cancelled' };
    const card = ordersSummaryCard(
      input({ orders: [reservationOrder, completedReservation, odd, odder, cancelled] }),
      en,
    );
    expectValidCard(card);
    const colors = Object.fromEntries(coloredTexts(card).map((t) => [t.text, t.color]));
    expect(colors).toMatchObject({
      Pending: 'Warning',
      Completed: 'Good',
      Cancelled: 'Attention',
      'PO upload complete': 'Default',
      Frobnicated: 'Default',
    });
    const text = cardText(card);
    expect(text).toContain('fortnightly');
    expect(text).toContain('Frobnicated 1');
  });

  it('embeds the caller’s action data as objects', () => {
    const card = ordersSummaryCard(input(), en);
    const buttons = submitActions(card);
    // A one-time order without subscriptions offers no Subscriptions button.
    expect(buttons.slice(0, 2)).toEqual([
      { title: 'Details', data: actions.details(reservationOrder.id) },
      { title: 'Details', data: actions.details(completedReservation.id) },
    ]);
    expect(buttons).toHaveLength(5);
  });

  it('states every filter it applied, dates localised', () => {
    const card = ordersSummaryCard(
      input({
        filters: {
          billingCycle: 'OneTime',
          status: 'pending',
          resellerName: 'Fabrikam Resale',
          resellerId: '5a0bb4ae-0000-4a0a-9b38-6bcd2e2f1b8e',
          includePrices: true,
          includeSystemPurchases: true,
          since: '2018-01-01',
          until: '2018-03-31',
          product: 'reserved',
        },
      }),
      en,
    );
    expectValidCard(card);
    const text = cardText(card);
    for (const expected of [
      'Billing cycle\nOne-time',
      'Status\nPending',
      'Reseller\nFabrikam Resale',
      'Created\nJan 1, 2018 – Mar 31, 2018',
      'Product\n“reserved”',
      'Prices\nIncluded',
      'System purchases\nIncluded',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('No filters');
  });

  it('shows the reseller id when the name is not known, and one-sided date ranges', () => {
    const card = ordersSummaryCard(
      input({ filters: { resellerId: 'reseller-tenant-id', until: '2018-03-31' } }),
      en,
    );
    expect(cardText(card)).toContain('Reseller\nreseller-tenant-id');
    expect(cardText(card)).toContain('Created\nuntil Mar 31, 2018');
  });

  it('totals prices by currency when prices were asked for', () => {
    const eur = { ...licenseOrder, id: 'eur-order-0001', currencyCode: 'EUR', totalPrice: 10 };
    const card = ordersSummaryCard(
      input({
        orders: [
          licenseOrder,
          { ...licenseOrder, id: 'second-usd-0001', totalPrice: 0.5 },
          eur,
          reservationOrder,
        ],
        filters: { includePrices: true },
      }),
      en,
    );
    expect(cardText(card)).toContain('Total (cancelled orders excluded)\nUSD 1,235.00 · EUR 10.00');

    const noPrices = ordersSummaryCard(
      input({ orders: [reservationOrder], filters: { includePrices: true } }),
      en,
    );
    expect(cardText(noPrices)).toContain('Total (cancelled orders excluded)\nNot returned');
    expect(cardText(ordersSummaryCard(input(), en))).not.toContain('Total');
  });

  it('joins subscriptions per order when given', () => {
    const byOrder = new Map<string, Subscription[]>([
      [licenseOrder.id, [offerSubscription, licenseSubscription]],
      [completedReservation.id, []],
    ]);
    const texts = cardTexts(ordersSummaryCard(input({ subscriptionsByOrder: byOrder }), en));
    expect(texts).toContain('Monthly · USD 1,234.50 · 2 subscriptions (1 Active, 1 Suspended)');
    expect(texts).toContain('One-time · 0 subscriptions');
    expect(texts).toContain('One-time'); // the reservation has no entry in the join: nothing is claimed
  });

  it('marks system purchases', () => {
    const system = { ...licenseOrder, id: 'system-order-01', transactionType: 'SystemPurchase' };
    expect(cardText(ordersSummaryCard(input({ orders: [system] }), en))).toContain(
      'Monthly · USD 1,234.50 · System purchase',
    );
  });

  it('says so when data came from the cache after a failure', () => {
    const card = ordersSummaryCard(input({ staleAgeMs: 7 * 60_000 }), en);
    expectValidCard(card);
    expect(coloredTexts(card)).toContainEqual({
      text: 'Showing data from 7 minutes ago: Partner Center is not answering right now, so this may be out of date.',
      color: 'Warning',
    });
    expect(cardText(ordersSummaryCard(input(), en))).not.toContain('Showing data from');
  });

  it('answers an empty result with "No orders match" and the 15-minute delay', () => {
    const card = ordersSummaryCard(input({ orders: [], filters: { billingCycle: 'annual' } }), en);
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts).toContain('0 orders · 0 pending');
    expect(texts).toContain('No orders match.');
    expect(texts).toContain('New orders can take up to 15 minutes to appear.');
    expect(texts).toContain('Annual');
    expect(submitActions(card).map((a) => a.title)).toEqual(['Refresh']);
  });

  describe('with 1,200 orders', () => {
    const orders = manyOrders(1200, { prices: true });

    it('shows the 10 newest on page 1, under the size limit, with "Show more" carrying the next offset', () => {
      const card = ordersSummaryCard(input({ orders, filters: { includePrices: true } }), en);
      expectValidCard(card);
      expect(cardByteSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      const texts = cardTexts(card);
      expect(texts).toContain('1,200 orders · 240 pending');
      expect(texts).toContain('1–10 of 1,200, newest first');
      const details = submitActions(card).filter((a) => a.title === 'Details');
      expect(details.map((a) => a.data)).toEqual(
        Array.from({ length: 10 }, (_, n) => actions.details(orderId(1199 - n))),
      );
      expect(pageActions(card)).toEqual([
        { type: 'Action.Submit', title: 'Show more (11–20 of 1,200)', data: actions.more(10) },
      ]);
    });

    it('shows a later page', () => {
      const card = ordersSummaryCard(input({ orders, offset: 500 }), en);
      expectValidCard(card);
      const details = submitActions(card).filter((a) => a.title === 'Details');
      expect(details[0]!.data).toEqual(actions.details(orderId(699)));
      expect(details[9]!.data).toEqual(actions.details(orderId(690)));
      expect(cardTexts(card)).toContain('501–510 of 1,200, newest first');
      expect(pageActions(card)).toEqual([
        { type: 'Action.Submit', title: 'Previous (491–500 of 1,200)', data: actions.more(490) },
        { type: 'Action.Submit', title: 'Show more (511–520 of 1,200)', data: actions.more(510) },
      ]);
    });

    it('ends without "Show more" on the last page and clamps an offset past the end', () => {
      const last = ordersSummaryCard(input({ orders, offset: 1195 }), en);
      expect(cardTexts(last)).toContain('1,196–1,200 of 1,200, newest first');
      expect(pageActions(last)).toEqual([
        { type: 'Action.Submit', title: 'Previous (1,186–1,195 of 1,200)', data: actions.more(1185) },
      ]);
      const past = ordersSummaryCard(input({ orders, offset: 5000 }), en);
      expect(cardTexts(past)).toContain('1,191–1,200 of 1,200, newest first');
      const negative = ordersSummaryCard(input({ orders, offset: -3 }), en);
      expect(cardTexts(negative)).toContain('1–10 of 1,200, newest first');
    });

    it('keeps pages at most 10 orders, smaller when asked', () => {
      const big = ordersSummaryCard(input({ orders, pageSize: 500 }), en);
      expect(submitActions(big).filter((a) => a.title === 'Details')).toHaveLength(10);
      const small = ordersSummaryCard(input({ orders, pageSize: 4 }), en);
      expect(submitActions(small).filter((a) => a.title === 'Details')).toHaveLength(4);
      expect(pageActions(small)).toEqual([
        { type: 'Action.Submit', title: 'Show more (5–8 of 1,200)', data: actions.more(4) },
      ]);
    });

    it('stays under the size limit with long names, many line items and stale data', () => {
      const long = orders.slice(0, 30).map((o, i) => ({
        ...o,
        id: `${'x'.repeat(200)}${i}`,
        status: 'S'.repeat(300),
        billingCycle: 'C'.repeat(300),
        currencyCode: 'USD',
        lineItems: Array.from({ length: 40 }, (_, n) => ({
          lineItemNumber: n,
          offerId: 'O'.repeat(300),
          friendlyName: `${'Ω'.repeat(500)} ${n}`,
          quantity: 1_000_000,
        })),
      }));
      const card = ordersSummaryCard(
        input({
          customer: { id: 'c', name: 'N'.repeat(5000), domain: 'd'.repeat(5000) },
          orders: long,
          filters: { resellerName: 'R'.repeat(5000), product: 'P'.repeat(5000), status: 'T'.repeat(5000) },
          staleAgeMs: 3 * 24 * 3_600_000,
          subscriptionsByOrder: new Map(long.map((o) => [o.id, [licenseSubscription, offerSubscription]])),
        }),
        { locale: 'pt-BR' },
      );
      expectValidCard(card);
    });
  });

  describe('in every language', () => {
    const orders = [reservationOrder, licenseOrder];
    const prices = { filters: { includePrices: true, since: '2018-03-01' }, staleAgeMs: 5 * 60_000 };

    it('pt-BR: labels, dates and money', () => {
      for (const locale of ['pt-BR', 'pt-br', 'pt']) {
        const card = ordersSummaryCard(input({ orders, ...prices }), { locale });
        expectValidCard(card);
        const text = cardText(card);
        expect(text).toContain('2 pedidos · 1 pendente');
        expect(text).toContain('Criado em\na partir de 1 de mar. de 2018');
        expect(text).toContain('15 de mar. de 2018 · 9qg-ErcO…');
        expect(text).toContain('Mensal · USD 1.234,50');
        expect(text).toContain('Mostrando dados obtidos há 5 minutos');
        expect(submitActions(card).map((a) => a.title)).toContain('Detalhes');
      }
      const brl = { ...licenseOrder, currencyCode: 'BRL', currencySymbol: 'R$' };
      // One rule for every currency: its ISO code, the amount written the locale's way.
      expect(cardText(ordersSummaryCard(input({ orders: [brl] }), { locale: 'pt-BR' }))).toContain(
        'BRL 1.234,50',
      );
    });

    it('zh-CN', () => {
      for (const locale of ['zh-CN', 'zh-Hans', 'zh']) {
        const card = ordersSummaryCard(input({ orders, ...prices }), { locale });
        expectValidCard(card);
        const text = cardText(card);
        expect(text).toContain('2 个订单 · 1 个待处理');
        expect(text).toContain('详细信息');
        expect(text).toContain('待处理');
        expect(text).toContain('显示的是5分钟前的数据');
      }
      expect(cardText(ordersSummaryCard(input({ orders }), { locale: 'zh-CN' }))).toContain(
        '2018年3月15日 · 9qg-ErcO…',
      );
    });

    it('it', () => {
      const card = ordersSummaryCard(input({ orders, ...prices }), { locale: 'it-IT' });
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toContain('2 ordini · 1 in sospeso');
      expect(text).toContain('15 mar 2018 · 9qg-ErcO…');
      expect(text).toContain('Mensile · 1234,50 USD');
      expect(text).toContain('Sono mostrati i dati di 5 minuti fa');
      expect(text).toContain('Dettagli');
    });

    it('falls back to English sentences for other languages, with dates and numbers in their format', () => {
      const card = ordersSummaryCard(input({ orders, ...prices }), { locale: 'de-DE' });
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toContain('2 orders · 1 pending');
      expect(text).toContain('Showing data from 5 minutes ago');
      expect(text).toContain('15.03.2018 · 9qg-ErcO…');
      expect(text).toContain('Monthly · 1.234,50 USD');
    });

    it('survives a locale Intl cannot read', () => {
      for (const locale of ['', 'not a locale!', 'xx_YY']) {
        const card = ordersSummaryCard(input({ orders }), { locale });
        expectValidCard(card);
        expect(cardText(card)).toContain('2 orders · 1 pending');
      }
    });
  });
});
