// Cards in a shared conversation leave every amount out (PriceView); they say why, and in Teams offer "Show
// prices to me" (Action.Execute). Every card that shows a customer, an order or a subscription opens it in the
// Partner Center portal (Action.OpenUrl).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PRICES_VERB } from '../../src/bot/universal-actions';
import type { PriceView } from '../../src/cards';
import { LOCALES } from '../../src/cards/strings';
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard, type OrdersSummaryInput } from '../../src/commands/orders/card';
import { subscriptionsCard } from '../../src/commands/subscriptions/card';
import { portalLinks } from '../../src/partnercenter/portal-links';
import {
  actions,
  cardObjects,
  cardText,
  completedReservation,
  contoso,
  licenseOrder,
  licenseSubscription,
  manyOrders,
  offerSubscription,
  reservationOrder,
} from './card-fixtures';
import { expectValidCard } from './validate-card';
import { CHECKOUT } from '../support/checkout';

const en = { locale: 'en-US' };
const SHOW_PRICES = { pcbot: 'run', command: { kind: 'orders', customer: contoso.id, filters: {} } };
/** Every amount the fixtures carry, as the cards write them. */
const MONEY = /\$\s?\d|€\s?\d|\d\s?€|US\$|R\$|¥|USD\s?\d|\d[.,]\d\d\b/;

const orders = (prices: PriceView, overrides: Partial<OrdersSummaryInput> = {}) =>
  ordersSummaryCard(
    {
      customer: contoso,
      filters: { includePrices: true, resellerName: 'Woodgrove Reseller Ltd' },
      orders: [reservationOrder, licenseOrder, completedReservation],
      offset: 0,
      actions,
      prices,
      showPrices: SHOW_PRICES,
      ...overrides,
    },
    en,
  );

const detail = (prices: PriceView, locale = 'en-US') =>
  orderDetailCard(
    {
      customer: contoso,
      order: licenseOrder,
      subscriptions: [licenseSubscription],
      actions,
      prices,
      showPrices: SHOW_PRICES,
    },
    { locale },
  );

const executes = (card: unknown) => cardObjects(card).filter((o) => o.type === 'Action.Execute');
const openUrls = (card: unknown) =>
  cardObjects(card)
    .filter((o) => o.type === 'Action.OpenUrl')
    .map((o) => ({ title: o.title, url: o.url }));

describe('prices left out of a shared conversation’s card', () => {
  it('shown: the orders card has the order totals and the totals by currency', () => {
    const text = cardText(orders('shown'));
    expect(text).toContain('Monthly · USD 1,234.50');
    expect(text).toContain('Prices\nIncluded');
    expect(text).toMatch(MONEY);
    expect(executes(orders('shown'))).toEqual([]);
  });

  it.each(['onRequest', 'personalChatOnly'] as const)('%s: the orders card has no amount at all', (view) => {
    const card = orders(view, { orders: [...manyOrders(8, { prices: true }), licenseOrder] });
    expectValidCard(card);
    const text = cardText(card);
    expect(text).not.toMatch(MONEY);
    expect(text).not.toContain('Total');
    expect(text).toContain('Prices\nNot shown here');
    // What is not money stays: counts, statuses, the reseller.
    expect(text).toContain('Woodgrove Reseller Ltd');
    expect(text).toContain('9 orders');
  });

  it('onRequest: says so and offers "Show prices to me", whose data runs the list again', () => {
    const card = orders('onRequest');
    expect(cardText(card)).toContain(
      'Prices are left out of the card everyone here sees: “Show prices to me” shows them to you alone.',
    );
    expect(executes(card)).toEqual([
      { type: 'Action.Execute', verb: PRICES_VERB, title: 'Show prices to me', data: SHOW_PRICES },
    ]);
  });

  it('personalChatOnly: says where prices are shown, with no button', () => {
    const card = orders('personalChatOnly');
    expect(cardText(card)).toContain('Prices are shown only in a 1:1 chat with me: ask there to see them.');
    expect(executes(card)).toEqual([]);
  });

  it('says nothing about prices on a list that has none', () => {
    const card = orders('onRequest', { filters: {}, orders: [reservationOrder, completedReservation] });
    expect(cardText(card)).not.toContain('Prices');
    expect(executes(card)).toEqual([]);
  });

  it('order detail: no total, unit price or line total; the rest of the order stays', () => {
    const shown = cardText(detail('shown'));
    expect(shown).toContain('Total\nUSD 1,234.50');
    expect(shown).toContain('Unit price\nUSD 9.00');
    for (const view of ['onRequest', 'personalChatOnly'] as const) {
      const card = detail(view);
      expectValidCard(card);
      const text = cardText(card);
      expect(text).not.toMatch(MONEY);
      expect(text).toContain('Currency\nUSD');
      expect(text).toContain('Azure Active Directory Premium P2');
      expect(executes(card)).toHaveLength(view === 'onRequest' ? 1 : 0);
    }
  });

  it.each(LOCALES)('%s: the note and the button are in the person’s language, with no amount', (locale) => {
    const card = detail('onRequest', locale);
    expectValidCard(card);
    expect(cardText(card)).not.toMatch(MONEY);
    const [button] = executes(card);
    expect(button?.title).toEqual(
      {
        en: 'Show prices to me',
        'pt-BR': 'Mostrar preços para mim',
        'zh-CN': '向我显示价格',
        it: 'Mostrami i prezzi',
      }[locale],
    );
  });

  it('every Action.Execute of the templates is "Show prices to me", with the verb the bot answers', () => {
    const dir = path.join(CHECKOUT, 'cards');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const executesIn = cardObjects(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).filter(
        (o) => o.type === 'Action.Execute',
      );
      for (const action of executesIn) expect(action).toMatchObject({ verb: PRICES_VERB });
    }
  });
});

describe('Open in Partner Center', () => {
  const links = portalLinks('global')!;
  const customerPage = `https://partner.microsoft.com/dashboard/commerce2/customers/${contoso.id}`;

  it('opens the customer from its orders card, and the order from its card', () => {
    const list = orders('shown', { portalUrl: links.customer(contoso.id) });
    expectValidCard(list);
    expect(openUrls(list)).toEqual([{ title: 'Open in Partner Center', url: `${customerPage}/account` }]);
    const card = orderDetailCard(
      {
        customer: contoso,
        order: licenseOrder,
        subscriptions: [],
        actions,
        portalUrl: links.order(contoso.id, licenseOrder.id),
      },
      { locale: 'zh-CN' },
    );
    expectValidCard(card);
    expect(openUrls(card)).toEqual([{ title: '在合作伙伴中心中打开', url: `${customerPage}/subscriptions` }]);
  });

  it('opens each subscription from its row', () => {
    const card = subscriptionsCard(
      {
        customer: contoso,
        orderId: licenseOrder.id,
        subscriptions: [licenseSubscription, offerSubscription],
        actions,
        portalUrl: (id) => links.subscription(contoso.id, id),
      },
      { locale: 'it-IT' },
    );
    expectValidCard(card);
    expect(openUrls(card)).toEqual([
      {
        title: 'Apri nel Centro per i partner',
        url: `${customerPage}/subscriptions/${licenseSubscription.id.toLowerCase()}`,
      },
      {
        title: 'Apri nel Centro per i partner',
        url: `${customerPage}/subscriptions/${offerSubscription.id}`,
      },
    ]);
  });

  it('has no button where the portal has no page to give', () => {
    expect(openUrls(orders('shown'))).toEqual([]);
    const card = subscriptionsCard(
      { customer: contoso, orderId: licenseOrder.id, subscriptions: [licenseSubscription], actions },
      { locale: 'pt-BR' },
    );
    expectValidCard(card);
    expect(openUrls(card)).toEqual([]);
  });
});
