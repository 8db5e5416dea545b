// Orders and subscriptions modelled on the Partner Center seed pages (../shared/seeds), plus helpers to read
// what a card shows.

import type { Order, Subscription } from '../../src/partnercenter/models';
import type { Watch } from '../../src/state/watch-store';

export const CUSTOMER_ID = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
export const contoso = { id: CUSTOMER_ID, name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' };

/** Seed 000/002: a pending one-time reservation. */
export const reservationOrder: Order = {
  id: '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
  referenceCustomerId: CUSTOMER_ID,
  billingCycle: 'one_time',
  currencyCode: 'USD',
  lineItems: [
    {
      lineItemNumber: 0,
      offerId: 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL',
      friendlyName: 'Reserved_VM_Instance_Standard_D1_AP_East_1_Year',
      quantity: 1,
    },
  ],
  creationDate: '2018-03-15T02:17:15.6455674Z',
  status: 'pending',
  attributes: { objectType: 'Order' },
};

/** Seed 000: a completed monthly license order with a subscription. */
export const licenseOrder = {
  id: 'eeba9d00-7b46-443a-917e-22887a8fc993',
  alternateId: 'eeba9d007b46',
  referenceCustomerId: CUSTOMER_ID,
  billingCycle: 'monthly',
  currencyCode: 'USD',
  currencySymbol: '$',
  totalPrice: 1234.5,
  transactionType: 'UserPurchase',
  lineItems: [
    {
      lineItemNumber: 0,
      offerId: 'E59159FC-6F67-4599-B3CB-17FF4020F643',
      subscriptionId: 'DB8C695B-1C3C-4C55-B697-771503DD46BF',
      friendlyName: 'Azure Active Directory Premium P2',
      quantity: 25,
      termDuration: 'P1M',
      pricing: { listPrice: 9, price: 9, extendedPrice: 225 },
    },
  ],
  creationDate: '2018-03-06T17:37:05.253-08:00',
  status: 'completed',
} satisfies Order;

/** Seed 001: a completed one-time order (with a currency symbol). */
export const completedReservation: Order = {
  id: 'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1',
  referenceCustomerId: CUSTOMER_ID,
  billingCycle: 'one_time',
  currencyCode: 'USD',
  currencySymbol: '$',
  lineItems: [
    {
      lineItemNumber: 0,
      offerId: 'DZH318Z0BQ4Z:002L:DZH318Z0CMNP',
      friendlyName: 'Reserved_VM_Instance_Standard_NC12_AU_East_1_Year',
      quantity: 1,
    },
  ],
  creationDate: '2018-03-13T22:49:54.3396949Z',
  status: 'completed',
};

/** Seed 003, defects included ("2015-11-25T06: 41: 12Z"). */
export const offerSubscription: Subscription = {
  id: '83ef9d05-4169-4ef9-9657-0e86b1eab1de',
  entitlementId: 'a356ac8c-e310-44f4-bf85-C7f29044af99',
  friendlyName: 'Myofferpurchase',
  quantity: 1,
  unitType: 'none',
  creationDate: '2015-11-25T06: 41: 12Z',
  effectiveStartDate: '2015-11-24T08: 00: 00Z',
  commitmentEndDate: '2016-12-12T08: 00: 00Z',
  status: 'active',
  autoRenewEnabled: false,
  billingType: 'none',
  contractType: 'subscription',
  orderId: 'eeba9d00-7b46-443a-917e-22887a8fc993',
};

export const licenseSubscription: Subscription = {
  id: 'DB8C695B-1C3C-4C55-B697-771503DD46BF',
  offerId: 'E59159FC-6F67-4599-B3CB-17FF4020F643',
  friendlyName: 'Azure Active Directory Premium P2',
  quantity: 25,
  unitType: 'Licenses',
  creationDate: '2018-03-06T17:37:05Z',
  commitmentEndDate: '2019-03-06T00:00:00Z',
  status: 'suspended',
  autoRenewEnabled: true,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1Y',
  orderId: 'eeba9d00-7b46-443a-917e-22887a8fc993',
};

const CYCLES = ['monthly', 'annual', 'one_time', 'triennial'];
const STATUSES = ['completed', 'completed', 'pending', 'cancelled', 'completed'];
const PRODUCTS = [
  'Microsoft 365 E3',
  'Azure Active Directory Premium P2',
  'Reserved_VM_Instance_Standard_D1_AP_East_1_Year',
  'Dynamics 365 Sales Enterprise',
  'Exchange Online (Plan 1)',
];

/**
 * `count` orders created one hour apart from 2023-01-01, shuffled so the card has to sort them.
 * Order i (0 = oldest) is `order-0000i…`; every 7th has five line items.
 */
export function manyOrders(count: number, options: { prices?: boolean } = {}): Order[] {
  const orders: Order[] = [];
  for (let j = 0; j < count; j++) {
    const i = count % 7919 === 0 ? j : (j * 7919) % count; // a permutation: 7919 is prime
    const items = i % 7 === 0 ? 5 : 2;
    orders.push({
      id: orderId(i),
      referenceCustomerId: CUSTOMER_ID,
      billingCycle: CYCLES[i % CYCLES.length]!,
      currencyCode: i % 10 === 9 ? 'EUR' : 'USD',
      creationDate: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(),
      status: STATUSES[i % STATUSES.length]!,
      ...(options.prices ? { totalPrice: 100 + (i % 50) } : {}),
      lineItems: Array.from({ length: items }, (_, n) => ({
        lineItemNumber: n,
        offerId: `OFFER-${n}`,
        friendlyName: PRODUCTS[(i + n) % PRODUCTS.length]!,
        quantity: n + 1,
      })),
    });
  }
  return orders;
}

export function orderId(i: number): string {
  return `order-${String(i).padStart(5, '0')}-4MPbPqq_3MIQaS7bn8W6HfG1`;
}

/** Action data the way the commands layer builds it: nested objects, not strings. */
export const actions = {
  details: (id: string) => ({ verb: 'order', command: { customer: CUSTOMER_ID, orderId: id } }),
  subscriptions: (id: string) => ({ verb: 'subscriptions', command: { customer: CUSTOMER_ID, orderId: id } }),
  more: (offset: number) => ({ verb: 'orders', command: { customer: CUSTOMER_ID, offset } }),
  orders: () => ({ verb: 'orders', command: { customer: CUSTOMER_ID } }),
  refresh: () => ({ verb: 'refresh', command: { customer: CUSTOMER_ID } }),
};

/** Every object in the card (elements, columns, facts, actions), leaving out action data. */
export function cardObjects(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      for (const [key, value] of Object.entries(node)) if (key !== 'data') walk(value);
    }
  };
  walk(card);
  return out;
}

/**
 * Every string a user reads (text, titles, fact values; a RichTextBlock's runs as the one line they make up);
 * Intl's no-break spaces read as spaces.
 */
export function cardTexts(card: unknown): string[] {
  const runs = new Set<unknown>();
  return cardObjects(card).flatMap((o) => {
    if (runs.has(o)) return [];
    let texts = ['text', 'title', 'value'].map((key) => o[key]);
    if (o.type === 'RichTextBlock' && Array.isArray(o.inlines)) {
      o.inlines.forEach((run) => runs.add(run));
      texts = [o.inlines.map((run: { text?: string }) => run.text ?? '').join('')];
    }
    return texts
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.replace(/[\u00a0\u202f]/g, ' '));
  });
}

export const cardText = (card: unknown): string => cardTexts(card).join('\n');

/** Every Action.Submit of the card, wherever it sits. */
export function submitActions(card: unknown): { title: string; data: unknown }[] {
  return cardObjects(card)
    .filter((o) => o.type === 'Action.Submit')
    .map((o) => ({ title: String(o.title), data: o.data }));
}

/** Coloured TextBlocks (statuses, warnings) with their colour. */
export function coloredTexts(card: unknown): { text: string; color: string }[] {
  return cardObjects(card)
    .filter((o) => o.type === 'TextBlock' && typeof o.color === 'string')
    .map((o) => ({ text: String(o.text), color: String(o.color) }));
}

/** A pending watch in conversation 'c' for the watch cards; `i` orders it (createdAt) and names it. */
export function watchFixture(i: number, fields: Partial<Watch> = {}): Watch {
  return {
    id: `w${i}`,
    conversation: {
      serviceUrl: 'http://127.0.0.1:1',
      conversationId: 'c',
      channelId: 'msteams',
      reference: {},
    },
    owner: { id: 'u' },
    customerId: 'customer-id',
    customerName: 'Contoso',
    orderId: `order-${i}`,
    locale: 'en-US',
    state: { status: 'pending', since: '2026-11-30T10:00:00Z' },
    createdAt: 1_700_000_000_000 + i,
    expiresAt: 1_700_000_000_000 + 7 * 86_400_000,
    ...fields,
  };
}
