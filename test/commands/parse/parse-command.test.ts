import type { Command, OrderFilters } from '../../../src/commands/command';
import { parseCommand } from '../../../src/commands/parse';

// Sunday 2018-04-15, mid-morning UTC: "last week" is Monday 2018-04-02 to Sunday 2018-04-08.
const NOW = new Date('2018-04-15T10:00:00Z');
const ORDER_ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const ORDER_GUID = 'eeba9d00-7b46-443a-917e-22887a8fc993';
const RESELLER_GUID = '4e0a2d1c-5b9f-4b6e-8d3a-1f2e3d4c5b6a';
const TENANT = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';

const orders = (customer: string, filters: OrderFilters = {}, extra: Partial<Command> = {}): Command =>
  ({ kind: 'orders', customer, filters, ...extra }) as Command;
const order = (orderId: string, customer: string, refresh?: boolean): Command =>
  refresh ? { kind: 'order', customer, orderId, refresh } : { kind: 'order', customer, orderId };
const subs = (orderId: string, customer: string, refresh?: boolean): Command =>
  refresh
    ? { kind: 'subscriptions', customer, orderId, refresh }
    : { kind: 'subscriptions', customer, orderId };

describe('parseCommand: commands', () => {
  it.each<[string, Command]>([
    // The five seed-style queries.
    ['orders for contoso', orders('contoso')],
    [`order ${ORDER_ID} for contoso`, order(ORDER_ID, 'contoso')],
    ['orders for contoso onetime', orders('contoso', { billingCycle: 'one_time' })],
    [`subscriptions for order ${ORDER_GUID} for contoso`, subs(ORDER_GUID, 'contoso')],
    [
      `orders for contoso via ${RESELLER_GUID} with prices including system purchases`,
      orders('contoso', { reseller: RESELLER_GUID, includePrices: true, includeSystemPurchases: true }),
    ],

    // Word order, fillers, possessives.
    ['contoso orders', orders('contoso')],
    ['orders contoso', orders('contoso')],
    ['show me the orders of contoso', orders('contoso')],
    ['show me the onetime orders of contoso', orders('contoso', { billingCycle: 'one_time' })],
    ['contoso orders monthly', orders('contoso', { billingCycle: 'monthly' })],
    ["what are contoso's orders", orders('contoso')],
    ['what are contoso’s orders?', orders('contoso')],
    ["contoso pharmaceuticals' orders", orders('contoso pharmaceuticals')],
    ['orders from contoso', orders('contoso')],
    ['orders at contoso', orders('contoso')],
    ['please list orders for contoso', orders('contoso')],
    [
      'hey, can you show me all the pending orders of Contoso Pharmaceuticals please?',
      orders('Contoso Pharmaceuticals', { status: 'pending' }),
    ],
    ['get orders for contoso!', orders('contoso')],
    ['find contoso orders.', orders('contoso')],
    ['give me the orders for contoso thanks', orders('contoso')],
    ['   ORDERS    FOR   Contoso   ', orders('Contoso')],
    ['/orders for contoso', orders('contoso')],
    ['@bot orders for contoso', orders('contoso')],
    ['<at>Orders Bot</at> orders for contoso', orders('contoso')],
    ['orders for Bank of America', orders('Bank of America')],
    ['orders for the phone company', orders('the phone company')],
    ['the phone company orders', orders('the phone company')],
    ['orders for Bank in Zurich', orders('Bank in Zurich')],
    ['orders for Marks & Spencer', orders('Marks & Spencer')],

    // Customers: names, domains, tenant ids, odd characters, quotes.
    ['orders for Fabrikam Inc.', orders('Fabrikam Inc')],
    ['orders for contoso.onmicrosoft.com', orders('contoso.onmicrosoft.com')],
    [`orders for ${TENANT}`, orders(TENANT)],
    [`orders for O'Brien "Labs" {x}\\y`, orders(`O'Brien "Labs" {x}\\y`)],
    ['orders for "Contoso Ltd"', orders('Contoso Ltd')],
    ['orders for “Monthly Partners” annual', orders('Monthly Partners', { billingCycle: 'annual' })],
    ['orders for 🚀 Rockets 😀', orders('🚀 Rockets 😀')],
    ['orders for Zürich Versicherung', orders('Zürich Versicherung')],

    // Teams / Emulator text.
    ['orders&nbsp;for&nbsp;contoso', orders('contoso')],
    ['orders\u00a0for contoso\r\npharmaceuticals', orders('contoso pharmaceuticals')],
    ['<p>orders for contoso</p>', orders('contoso')],
    ['orders for Marks &amp; Spencer', orders('Marks & Spencer')],
    ['orders for contoso\u200b', orders('contoso')],

    // Billing cycles.
    ['orders for contoso one-time', orders('contoso', { billingCycle: 'one_time' })],
    ['orders for contoso one time', orders('contoso', { billingCycle: 'one_time' })],
    ['orders for contoso one_time', orders('contoso', { billingCycle: 'one_time' })],
    ['orders for contoso OneTime', orders('contoso', { billingCycle: 'one_time' })],
    ['onetime orders for contoso', orders('contoso', { billingCycle: 'one_time' })],
    ['orders for contoso monthly', orders('contoso', { billingCycle: 'monthly' })],
    ['annual orders for contoso', orders('contoso', { billingCycle: 'annual' })],
    ['orders for contoso yearly', orders('contoso', { billingCycle: 'annual' })],
    ['orders for contoso billed annually', orders('contoso', { billingCycle: 'annual' })],
    ['orders for contoso triennial', orders('contoso', { billingCycle: 'triennial' })],
    ['orders for contoso none', orders('contoso', { billingCycle: 'none' })],
    ['ORDERS FOR Contoso ONETIME', orders('Contoso', { billingCycle: 'one_time' })],

    // Status.
    ['pending orders for contoso', orders('contoso', { status: 'pending' })],
    ['completed orders for contoso', orders('contoso', { status: 'completed' })],
    ['cancelled orders for contoso', orders('contoso', { status: 'cancelled' })],
    ['canceled orders for contoso', orders('contoso', { status: 'cancelled' })],
    ['orders for contoso status po_upload_complete', orders('contoso', { status: 'po_upload_complete' })],

    // Dates (today is 2018-04-15).
    ['orders for contoso today', orders('contoso', { since: '2018-04-15', until: '2018-04-15' })],
    ['orders for contoso yesterday', orders('contoso', { since: '2018-04-14', until: '2018-04-14' })],
    ['orders for contoso last 7 days', orders('contoso', { since: '2018-04-09', until: '2018-04-15' })],
    [
      'orders for contoso in the last 30 days',
      orders('contoso', { since: '2018-03-17', until: '2018-04-15' }),
    ],
    ['orders for contoso last 1 day', orders('contoso', { since: '2018-04-15', until: '2018-04-15' })],
    ['orders for contoso this month', orders('contoso', { since: '2018-04-01', until: '2018-04-15' })],
    ['orders for contoso last month', orders('contoso', { since: '2018-03-01', until: '2018-03-31' })],
    ['orders for contoso last week', orders('contoso', { since: '2018-04-02', until: '2018-04-08' })],
    ['orders for contoso this year', orders('contoso', { since: '2018-01-01', until: '2018-04-15' })],
    ['orders for contoso since 2018-03-10', orders('contoso', { since: '2018-03-10' })],
    ['orders for contoso before 2018-04-01', orders('contoso', { until: '2018-03-31' })],
    ['orders for contoso after 2018-03-10', orders('contoso', { since: '2018-03-11' })],
    ['orders for contoso until 2018-03-10', orders('contoso', { until: '2018-03-10' })],
    ['orders for contoso in March 2018', orders('contoso', { since: '2018-03-01', until: '2018-03-31' })],
    ['orders for contoso in 2018-03', orders('contoso', { since: '2018-03-01', until: '2018-03-31' })],
    ['orders for contoso in 2018', orders('contoso', { since: '2018-01-01', until: '2018-12-31' })],
    ['orders for contoso in feb 2016', orders('contoso', { since: '2016-02-01', until: '2016-02-29' })],
    ['orders for contoso in may', orders('contoso', { since: '2017-05-01', until: '2017-05-31' })],
    ['orders for contoso on 2018-03-10', orders('contoso', { since: '2018-03-10', until: '2018-03-10' })],
    ['orders for contoso 2018-03-10', orders('contoso', { since: '2018-03-10', until: '2018-03-10' })],
    ['orders for contoso since March 10, 2018', orders('contoso', { since: '2018-03-10' })],
    [
      'orders for contoso from 2018-01-01 to 2018-02-15',
      orders('contoso', { since: '2018-01-01', until: '2018-02-15' }),
    ],
    [
      'orders for contoso between 2018-01-01 and 2018-02-15',
      orders('contoso', { since: '2018-01-01', until: '2018-02-15' }),
    ],

    // Products, prices, system purchases.
    ['contoso orders with azure', orders('contoso', { product: 'azure' })],
    ['orders for contoso with Microsoft 365', orders('contoso', { product: 'microsoft 365' })],
    ['orders for contoso with prices', orders('contoso', { includePrices: true })],
    ['orders for contoso with price', orders('contoso', { includePrices: true })],
    ['orders for contoso with pricing', orders('contoso', { includePrices: true })],
    ['orders for contoso including system purchases', orders('contoso', { includeSystemPurchases: true })],
    ['orders for contoso with system purchases', orders('contoso', { includeSystemPurchases: true })],
    ['orders for contoso include system purchases', orders('contoso', { includeSystemPurchases: true })],
    [
      'orders for contoso with prices and system purchases',
      orders('contoso', { includePrices: true, includeSystemPurchases: true }),
    ],
    [
      'orders for contoso with azure and prices',
      orders('contoso', { product: 'azure', includePrices: true }),
    ],
    [
      'orders for contoso with "Dynamics 365 for Sales"',
      orders('contoso', { product: 'dynamics 365 for sales' }),
    ],
    [
      'orders with azure for contoso monthly',
      orders('contoso', { product: 'azure', billingCycle: 'monthly' }),
    ],

    // Resellers.
    [
      'orders for contoso via Woodgrove Reseller Ltd',
      orders('contoso', { reseller: 'Woodgrove Reseller Ltd' }),
    ],
    [
      'orders for contoso via Woodgrove Reseller Ltd with prices',
      orders('contoso', { reseller: 'Woodgrove Reseller Ltd', includePrices: true }),
    ],
    [
      'orders for contoso through woodgrove monthly',
      orders('contoso', { reseller: 'woodgrove', billingCycle: 'monthly' }),
    ],
    ['orders for contoso by reseller Woodgrove', orders('contoso', { reseller: 'Woodgrove' })],
    [`orders via the reseller ${RESELLER_GUID} for contoso`, orders('contoso', { reseller: RESELLER_GUID })],

    // Everything at once, refresh, paging.
    [
      `refresh pending annual orders for Fabrikam Inc via ${RESELLER_GUID} since 2018-01-01 ` +
        'with azure with prices',
      orders(
        'Fabrikam Inc',
        {
          status: 'pending',
          billingCycle: 'annual',
          reseller: RESELLER_GUID,
          since: '2018-01-01',
          product: 'azure',
          includePrices: true,
        },
        { refresh: true },
      ),
    ],
    ['orders for contoso refresh', orders('contoso', {}, { refresh: true })],
    ['fresh orders for contoso', orders('contoso', {}, { refresh: true })],
    ['orders for contoso no cache', orders('contoso', {}, { refresh: true })],
    [
      'orders for contoso, monthly, with prices',
      orders('contoso', { billingCycle: 'monthly', includePrices: true }),
    ],
    ['orders for contoso skip 20', orders('contoso', {}, { offset: 20 })],

    // One order.
    [`order ${ORDER_ID} of contoso`, order(ORDER_ID, 'contoso')],
    [
      'contoso order YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1',
      order('YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1', 'contoso'),
    ],
    [
      'details s-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1 for contoso',
      order('s-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1', 'contoso'),
    ],
    [`ORDER ${ORDER_GUID.toUpperCase()} FOR Contoso`, order(ORDER_GUID.toUpperCase(), 'Contoso')],
    [`order id ${ORDER_ID} for contoso`, order(ORDER_ID, 'contoso')],
    [`order #${ORDER_ID} for contoso`, order(ORDER_ID, 'contoso')],
    [`details of order ${ORDER_ID} for contoso pharmaceuticals`, order(ORDER_ID, 'contoso pharmaceuticals')],
    [`show order ${ORDER_ID} for ${TENANT} refresh`, order(ORDER_ID, TENANT, true)],

    // Subscriptions of an order.
    [`subs of order ${ORDER_ID} for contoso`, subs(ORDER_ID, 'contoso')],
    [`sub for order ${ORDER_ID} for contoso`, subs(ORDER_ID, 'contoso')],
    [`subscription for order ${ORDER_ID} for contoso`, subs(ORDER_ID, 'contoso')],
    [`subscriptions ${ORDER_ID} contoso`, subs(ORDER_ID, 'contoso')],
    [`contoso subscriptions for order ${ORDER_ID}`, subs(ORDER_ID, 'contoso')],
    [`subscriptions for order ${ORDER_ID} of Fabrikam Inc no cache`, subs(ORDER_ID, 'Fabrikam Inc', true)],

    // Help.
    ['help', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['??', { kind: 'help' }],
    ['help orders', { kind: 'help', topic: 'orders' }],
    ['help order', { kind: 'help', topic: 'order' }],
    ['help subscriptions', { kind: 'help', topic: 'subscriptions' }],
    ['help subs', { kind: 'help', topic: 'subscriptions' }],
    ['Help me with orders', { kind: 'help', topic: 'orders' }],
    ['orders help', { kind: 'help', topic: 'orders' }],
    ['can you help?', { kind: 'help' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text, NOW)).toEqual({ ok: true, command: expected });
  });
});
