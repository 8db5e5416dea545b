// Issue 20, items 3 and 4, through the real pipeline with Teams-shaped activities: in channels and group chats the
// card everyone sees has no money; the asker's refresh (Universal Actions, user-specific view) and "Show prices to
// me" answer one person with their priced view; PRICES_IN_SHARED_CONVERSATIONS never / everyone; outside Teams a
// shared conversation sees prices only with everyone; no price reaches the logs, the audit lines or the index; and
// every customer, order and subscription card opens its page in the Partner Center portal of the cloud.
import { randomUUID } from 'node:crypto';
import { portalLinks } from '../../src/partnercenter/portal-links';
import type { Order } from '../../src/partnercenter/models';
import { cardObjects } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { cardText, cardsOf, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import {
  channelThread,
  groupChat,
  personal,
  post,
  teamsClick,
  teamsInvoke,
  teamsMessage,
  type TeamsPlace,
} from '../support/teams';

const CONTOSO = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
const WOODGROVE = 'orders for contoso via woodgrove with prices';
/** Seed 001/003's order: its line items carry prices, and it created two subscriptions. */
const PRICED_ORDER = 'eeba9d00-7b46-443a-917e-22887a8fc993';
const ASKER = '29:asker';
const OTHER = '29:other';
/** An amount as any card writes it ("$1,234.50", "US$ 9,00", "€10.00", "¥9.00"). */
const MONEY = /(\$|€|£|¥)\s?\d|\d\s?(€|£)|\b(USD|EUR|GBP)\s?\d/;

type Card = Record<string, unknown>;

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const messagesIn = (place: TeamsPlace) =>
  h!.connector.conversation(place.conversationId).filter((r) => r.activity.type === 'message');
const lastCard = (place: TeamsPlace): Card => cardsOf(messagesIn(place)).at(-1)!;
/** The card's Action.Execute buttons (its refresh left out). */
const executes = (card: unknown) =>
  cardObjects(card).filter((o) => o.type === 'Action.Execute' && o.verb !== 'pcbot.refresh');
const openUrls = (card: unknown) =>
  cardObjects(card)
    .filter((o) => o.type === 'Action.OpenUrl')
    .map((o) => o.url);
const refreshOf = (card: Card) =>
  card.refresh as { action: { type: string; verb: string; data: unknown }; userIds: string[] } | undefined;

/** Asks as `userId` in `place` and returns the card everyone there sees. */
async function ask(place: TeamsPlace, text: string, userId = ASKER): Promise<Card> {
  const response = await post(h!, teamsMessage(h!, place, text, userId));
  expect(response.status).toBe(200);
  const card = lastCard(place);
  expectValidCard(card);
  return card;
}

/** An `adaptiveCard/action` invoke from `userId`; the card of its response (the person's own view). */
async function invoke(
  place: TeamsPlace,
  verb: string,
  data: unknown,
  userId: string,
  from?: Record<string, unknown>,
): Promise<Card> {
  const value = {
    action: { type: 'Action.Execute', verb, data },
    trigger: verb === 'pcbot.refresh' ? 'automatic' : 'manual',
  };
  const activity = teamsInvoke(h!, place, value, userId);
  const response = await post(h!, from ? { ...activity, from } : activity);
  expect(response.status).toBe(200);
  const body = JSON.parse(response.body) as { statusCode: number; type: string; value: Card };
  expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expectValidCard(body.value);
  return body.value;
}

/** The shared card's refresh, as the asker's Teams client runs it when the card is shown. */
const askersRefresh = (place: TeamsPlace, shared: Card) =>
  invoke(place, 'pcbot.refresh', refreshOf(shared)!.action.data, ASKER);

const showPricesData = (card: Card) => {
  const [button] = executes(card);
  expect(button).toMatchObject({ verb: 'pcbot.prices', title: 'Show prices to me' });
  return button!.data;
};

describe('prices in a channel: the card everyone sees has none, each person who asks sees their own', () => {
  it('orders via a reseller with prices: the shared card has no money, the asker’s refresh has it', async () => {
    h = await startHarness();
    const place = channelThread();
    const shared = await ask(place, WOODGROVE);
    const text = cardText(shared);
    expect(text).toContain('Woodgrove Reseller Ltd');
    expect(text).not.toMatch(MONEY);
    expect(text).not.toContain('Total');
    expect(text).toContain('“Show prices to me” shows them to you alone');
    // Teams refreshes it for the asker alone: their client asks for their own view.
    expect(refreshOf(shared)).toMatchObject({
      action: { type: 'Action.Execute', verb: 'pcbot.refresh' },
      userIds: [ASKER],
    });

    const callsBefore = h.app.sandbox!.requests.length;
    const mine = await askersRefresh(place, shared);
    const priced = cardText(mine);
    expect(priced).toMatch(MONEY);
    expect(priced).toContain('Total (cancelled orders excluded)');
    expect(priced).toContain('Woodgrove Reseller Ltd');
    expect(executes(mine)).toEqual([]);
    // The priced view stays the asker's: it refreshes for them alone.
    expect(refreshOf(mine)?.userIds).toEqual([ASKER]);
    // Its orders come from the cache (at most the customer is read by its id), and nothing was posted.
    const calls = h.app.sandbox!.requests.slice(callsBefore).map((r) => r.path);
    expect(calls.filter((path) => !/^\/v1\/customers\/[^/]+$/.test(path))).toEqual([]);
    expect(messagesIn(place)).toHaveLength(1);
  });

  it('another allowed person pressing "Show prices to me" gets their own priced view', async () => {
    h = await startHarness();
    const place = channelThread();
    const shared = await ask(place, WOODGROVE);
    const theirs = await invoke(place, 'pcbot.prices', showPricesData(shared), OTHER);
    expect(cardText(theirs)).toMatch(MONEY);
    expect(executes(theirs)).toEqual([]);
    expect(refreshOf(theirs)).toMatchObject({ action: { verb: 'pcbot.refresh' }, userIds: [OTHER] });
    expect(messagesIn(place)).toHaveLength(1);
    const audits = h.logs.audits();
    expect(audits.at(-1)).toMatchObject({ command: 'orders', result: 'ok', conversationType: 'channel' });
  });

  it('order detail in a group chat: no total or unit price for all, the asker’s view has them', async () => {
    h = await startHarness();
    const place = groupChat();
    const shared = await ask(place, `order ${PRICED_ORDER} for contoso`);
    expect(cardText(shared)).not.toMatch(MONEY);
    expect(cardText(shared)).toContain('Currency\nUSD');
    expect(executes(shared)).toHaveLength(1);
    const mine = await askersRefresh(place, shared);
    expect(cardText(mine)).toMatch(MONEY);
    expect(cardText(mine)).toContain('Unit price');
  });

  it('a click on the shared card (Details) updates it in place, still without money for all', async () => {
    h = await startHarness();
    const place = channelThread();
    const shared = await ask(place, WOODGROVE);
    const details = cardObjects(shared).find((o) => o.type === 'Action.Submit' && o.title === 'Details')!;
    expect((await post(h, teamsClick(h, place, details.data, 'card-1', OTHER))).status).toBe(200);
    const updated = cardsOf(h.connector.received.filter((r) => r.method === 'PUT')).at(-1)!;
    expectValidCard(updated);
    expect(cardText(updated)).toContain('Line items');
    expect(cardText(updated)).not.toMatch(MONEY);
    // The one who clicked sees their own priced view of it.
    expect(refreshOf(updated)?.userIds).toEqual([OTHER]);
    expect(cardText(await invoke(place, 'pcbot.refresh', refreshOf(updated)!.action.data, OTHER))).toMatch(
      MONEY,
    );
  });

  it('a person the access settings do not allow gets no data, by any way in', async () => {
    const allowed = ['7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b'];
    h = await startHarness({ ALLOWED_USER_IDS: allowed.join(',') });
    const place = channelThread();
    const asker = { id: ASKER, name: 'Dana Seller', aadObjectId: allowed[0] };
    const response = await post(h, { ...teamsMessage(h, place, WOODGROVE, ASKER), from: asker });
    expect(response.status).toBe(200);
    const shared = lastCard(place);
    expect(cardText(shared)).toContain('Woodgrove Reseller Ltd');

    const stranger = { id: '29:stranger', name: 'Eve', aadObjectId: randomUUID() };
    const calls = h.app.sandbox!.requests.length;
    for (const [verb, data] of [
      ['pcbot.prices', showPricesData(shared)],
      ['pcbot.refresh', refreshOf(shared)!.action.data],
    ] as const) {
      const answer = cardText(await invoke(place, verb, data, stranger.id, stranger));
      expect(answer).toMatch(/You do not have access/);
      expect(answer).not.toMatch(MONEY);
      expect(answer).not.toMatch(/Contoso|Woodgrove/);
    }
    expect(h.app.sandbox!.requests.length).toBe(calls);
    expect(h.logs.audits().slice(-2)).toEqual([
      expect.objectContaining({ result: 'refused', refusal: 'user' }),
      expect.objectContaining({ result: 'refused', refusal: 'user' }),
    ]);
  });
});

describe('PRICES_IN_SHARED_CONVERSATIONS', () => {
  it('never: no money in a channel, no button, no priced view for anyone; a 1:1 chat still has prices', async () => {
    h = await startHarness({ PRICES_IN_SHARED_CONVERSATIONS: 'never' });
    const place = channelThread();
    const shared = await ask(place, WOODGROVE);
    expect(cardText(shared)).not.toMatch(MONEY);
    expect(cardText(shared)).toContain('Prices are shown only in a 1:1 chat with me');
    expect(executes(shared)).toEqual([]);
    expect(refreshOf(shared)).toBeUndefined();
    // A "Show prices to me" from an older card, or typed by hand, still gets no money here.
    const forged = await invoke(place, 'pcbot.prices', { pcbot: 'type', text: WOODGROVE }, ASKER);
    expect(cardText(forged)).not.toMatch(MONEY);
    expect(cardText(await ask(personal(), WOODGROVE))).toMatch(MONEY);
  });

  it('everyone: the channel’s card has the prices, with nothing to ask for', async () => {
    h = await startHarness({ PRICES_IN_SHARED_CONVERSATIONS: 'everyone' });
    const shared = await ask(channelThread(), WOODGROVE);
    expect(cardText(shared)).toMatch(MONEY);
    expect(cardText(shared)).not.toContain('Show prices to me');
    expect(executes(shared)).toEqual([]);
    expect(refreshOf(shared)).toBeUndefined();
  });

  it('outside Teams: a group conversation sees prices only with everyone, a 1:1 always', async () => {
    h = await startHarness();
    const group = { extra: { conversation: { id: `conv-${randomUUID()}`, isGroup: true } } };
    const inGroup = await sendToBot(h.app.url, h.connector, WOODGROVE, {
      ...group,
      conversationId: (group.extra.conversation as { id: string }).id,
    });
    const card = inGroup.cards.at(-1)!;
    expectValidCard(card);
    expect(cardText(card)).not.toMatch(MONEY);
    expect(cardText(card)).toContain('Prices are shown only in a 1:1 chat with me');
    expect(executes(card)).toEqual([]);
    const oneToOne = await sendToBot(h.app.url, h.connector, WOODGROVE);
    expect(cardText(oneToOne.cards.at(-1))).toMatch(MONEY);
    await stopHarness(h);

    h = await startHarness({ PRICES_IN_SHARED_CONVERSATIONS: 'everyone' });
    const id = `conv-${randomUUID()}`;
    const everyone = await sendToBot(h.app.url, h.connector, WOODGROVE, {
      conversationId: id,
      extra: { conversation: { id, isGroup: true } },
    });
    expect(cardText(everyone.cards.at(-1))).toMatch(MONEY);
  });
});

describe('prices never reach the logs, the audit lines or the index', () => {
  it('after priced answers in a 1:1 chat, a channel and the asker’s view', async () => {
    h = await startHarness();
    const one = await ask(personal(), WOODGROVE);
    await ask(personal(), `order ${PRICED_ORDER} for contoso`);
    const place = channelThread();
    await askersRefresh(place, await ask(place, WOODGROVE));
    expect(cardText(one)).toMatch(MONEY);

    // Every amount Partner Center gave for these answers, as numbers and as the cards wrote them.
    const ctx = { correlationId: randomUUID(), locale: 'en-US' };
    const reseller = (await h.app.api.listIndirectResellers(ctx)).find((r) =>
      /woodgrove/i.test(r.name ?? ''),
    )!;
    const orders: Order[] = [
      ...(await h.app.api.listOrders(CONTOSO, { indirectResellerId: reseller.id, includePrice: true }, ctx)),
      await h.app.api.getOrder(CONTOSO, PRICED_ORDER, ctx, true),
    ];
    const amounts = orders.flatMap((o) => [
      o.totalPrice,
      ...(o.lineItems ?? []).flatMap((i) => [
        i.pricing?.price,
        i.pricing?.listPrice,
        i.pricing?.extendedPrice,
      ]),
    ]);
    const values = amounts.filter((n): n is number => typeof n === 'number' && n > 0);
    expect(values.length).toBeGreaterThan(3);
    const written = [...cardText(one).matchAll(/\$[\d,]+\.\d\d/g)].map((m) => m[0]);
    expect(written.length).toBeGreaterThan(0);

    const logs = h.logs.text();
    expect(h.logs.audits().length).toBeGreaterThanOrEqual(4);
    for (const text of written) expect(logs).not.toContain(text);
    for (const value of values) {
      for (const form of [value.toFixed(2), String(value)].filter((f) => f.length >= 4)) {
        expect(logs).not.toContain(form);
      }
    }
    expect(logs).not.toMatch(/price/i);

    const indexed = JSON.stringify([
      ...(await h.app.index.findOrder(PRICED_ORDER)),
      ...(await Promise.all(orders.map((o) => h!.app.index.findOrder(o.id)))).flat(),
    ]);
    expect(indexed).toContain(PRICED_ORDER);
    expect(indexed).not.toMatch(/price/i);
    for (const value of values.filter((v) => !Number.isInteger(v) || v >= 100)) {
      expect(indexed).not.toContain(String(value));
    }
  });
});

describe('Open in Partner Center', () => {
  it.each(['global', 'usgov', 'china'] as const)(
    '%s: the orders, order and subscriptions cards open the customer, the order and each subscription',
    async (cloud) => {
      h = await startHarness({ PARTNER_CENTER_CLOUD: cloud });
      const links = portalLinks(cloud)!;
      const place = personal();

      const orders = await ask(place, 'orders for contoso');
      expect(openUrls(orders)).toEqual([links.customer(CONTOSO)]);

      const order = await ask(place, `order ${PRICED_ORDER} for contoso`);
      expect(openUrls(order)).toEqual([links.order(CONTOSO, PRICED_ORDER)]);

      const subscriptions = await ask(place, `subscriptions for order ${PRICED_ORDER} for contoso`);
      const ids = cardObjects(subscriptions)
        .map((o) => (typeof o.text === 'string' ? /^Subscription id: (\S+)$/.exec(o.text)?.[1] : undefined))
        .filter((id): id is string => id !== undefined);
      expect(ids).toHaveLength(2);
      expect(openUrls(subscriptions)).toEqual(ids.map((id) => links.subscription(CONTOSO, id)));
      for (const url of [...openUrls(orders), ...openUrls(order), ...openUrls(subscriptions)]) {
        expect(url).toMatch(
          cloud === 'china'
            ? /^https:\/\/partner\.partnercenter\.microsoftonline\.cn\//
            : /^https:\/\/partner\.microsoft\.com\//,
        );
      }
    },
  );

  it('the shared card and each priced view carry it too', async () => {
    h = await startHarness();
    const place = channelThread();
    const shared = await ask(place, WOODGROVE);
    const customer = portalLinks('global')!.customer(CONTOSO);
    expect(openUrls(shared)).toEqual([customer]);
    expect(openUrls(await askersRefresh(place, shared))).toEqual([customer]);
  });
});
