import { cardText, sendToBot, type SendOptions } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';
import { submitActions } from '../cards/card-fixtures';
import {
  CONTOSO_TENANT_ID,
  FABRIKAM_INC_TENANT_ID,
  FABRIKAM_RETAIL_TENANT_ID,
  NORTHWIND_TENANT_ID,
} from '../../dev/sandbox';

// Conversations as people have them in Teams and the Emulator: ambiguity, paging, clicks, languages, mentions.
let e2e: Harness;
beforeAll(async () => {
  e2e = await startHarness({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(() => stopHarness(e2e));
beforeEach(() => {
  e2e.app.sandbox!.knobs.reset();
  e2e.app.sandbox!.clearRequests();
});

async function ask(text: string | undefined, options: SendOptions = {}) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, options);
  expect(result.status).toBe(200);
  for (const card of result.cards) expectValidCard(card);
  const card = result.cards.at(-1)!;
  return { ...result, card, text: cardText(card), buttons: submitActions(card) };
}

const click = (data: unknown, options: SendOptions = {}) => ask(undefined, { ...options, value: data });

describe('customer resolution', () => {
  it('asks which Fabrikam, and a click runs the original command for that tenant', async () => {
    const first = await ask('fabrikam orders monthly');
    expect(first.text).toMatch(/fabrikam/i);
    const names = first.buttons.map((b) => b.title).join(' | ');
    expect(names).toContain('Fabrikam Inc');
    expect(names).toContain('Fabrikam Retail');

    const retail = first.buttons.find((b) => b.title.includes('Fabrikam Retail'))!;
    expect(retail.data).toMatchObject({ command: { kind: 'orders', customer: FABRIKAM_RETAIL_TENANT_ID } });
    const second = await click(retail.data);
    expect(second.text).toContain('Fabrikam Retail');
    expect(second.text).not.toContain('Fabrikam Inc');
    expect(e2e.app.sandbox!.requests.some((r) => r.path.includes(FABRIKAM_INC_TENANT_ID))).toBe(false);
  });

  it('takes the exact name "contoso" over "Contoso Pharmaceuticals"', async () => {
    const { text } = await ask('orders for contoso');
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(text).not.toContain('Pharmaceuticals');
  });

  it('accepts a domain and a tenant id', async () => {
    expect((await ask('orders for contoso.onmicrosoft.com')).text).toContain('Contoso');
    expect((await ask(`orders for ${CONTOSO_TENANT_ID}`)).text).toContain('Contoso');
  });

  it('says no customer matches, with the closest names', async () => {
    const { text } = await ask('orders for contosso');
    expect(text).toMatch(/contosso/);
    expect(text).toContain('Contoso');
  });

  it('resolves an indirect reseller by name', async () => {
    const { text } = await ask('orders for contoso via woodgrove with prices');
    expect(text).toContain('Woodgrove Reseller Ltd');
  });
});

describe('paging and clicks', () => {
  it('pages through Northwind Traders, 10 orders a card, with Show more', async () => {
    const first = await ask('orders for northwind');
    expect(first.text).toMatch(/1,1\d\d orders/);
    const more = first.buttons.find((b) => /show more/i.test(b.title))!;
    expect(more.data).toMatchObject({
      command: { kind: 'orders', customer: NORTHWIND_TENANT_ID, offset: 10 },
    });

    // Emulator / Web Chat: no replyToId, so the next page is a new message.
    const second = await click(more.data);
    expect(second.replies[0]!.method).toBe('POST');
    const next = second.buttons.find((b) => /show more/i.test(b.title))!;
    expect(next.data).toMatchObject({ command: { offset: 20 } });
    expect(second.text).not.toEqual(first.text);
  });

  it('updates the card in place in Teams (replyToId)', async () => {
    const first = await ask('orders for northwind', { channelId: 'msteams' });
    const more = first.buttons.find((b) => /show more/i.test(b.title))!;
    const second = await click(more.data, { channelId: 'msteams', replyToId: 'card-activity-1' });
    expect(second.replies).toHaveLength(1);
    expect(second.replies[0]).toMatchObject({ method: 'PUT', activityId: 'card-activity-1' });
  });

  it('opens an order from its Details button, and its subscriptions', async () => {
    const summary = await ask('orders for contoso');
    const details = summary.buttons.find(
      (b) => b.title === 'Details' && JSON.stringify(b.data).includes('eeba9d00-7b46-443a-917e-22887a8fc993'),
    )!;
    const detail = await click(details.data);
    expect(detail.text).toContain('eeba9d00-7b46-443a-917e-22887a8fc993');
    expect(detail.text).toContain('Azure Active Directory Premium P2');
    const subs = detail.buttons.find((b) => /subscriptions/i.test(b.title))!;
    expect((await click(subs.data)).text).toContain('Myofferpurchase');
  });

  it('answers a tampered or stale button clearly', async () => {
    const tampered = await click({
      pcbot: 'run',
      command: { kind: 'orders', customer: '', filters: { x: 1 } },
    });
    expect(tampered.text).toMatch(/no longer works|out of date/i);
    const foreign = await click({ action: 'delete everything' });
    expect(foreign.text).toMatch(/no longer works|out of date/i);
    expect(e2e.app.sandbox!.requests).toHaveLength(0);
  });
});

describe('Teams manners and languages', () => {
  it('strips its @mention in a channel and answers in the thread', async () => {
    const { text, replies } = await ask('<at>Orders Bot</at> orders for contoso onetime', {
      channelId: 'msteams',
      conversationId: '19:general@thread.tacv2;messageid=1700000000000',
      extra: {
        conversation: { id: '19:general@thread.tacv2;messageid=1700000000000', conversationType: 'channel' },
        entities: [
          {
            type: 'mention',
            text: '<at>Orders Bot</at>',
            mentioned: { id: 'bot-1', name: 'Orders Bot' },
          },
        ],
        channelData: {
          tenant: { id: '8f2b4a61-3c9e-4d7a-b5e2-0a1c6d9e4f37' },
          teamsChannelId: '19:general@thread.tacv2',
        },
      },
    });
    expect(text).toContain('Reserved_VM_Instance_Standard_NC12_AU_East_3_Years');
    expect(replies.at(-1)!.conversationId).toBe('19:general@thread.tacv2;messageid=1700000000000');
  });

  it('answers in Brazilian Portuguese and sends X-Locale', async () => {
    const { text } = await ask('orders for contoso', { locale: 'pt-BR' });
    expect(text).toMatch(/Pedidos|pedidos/);
    expect(text).toContain('Detalhes');
    expect(e2e.app.sandbox!.requests.every((r) => r.headers['x-locale'] === 'pt-BR')).toBe(true);
  });

  it('shows typing while Partner Center is slow', async () => {
    e2e.app.sandbox!.knobs.latencyMs = 600;
    const { replies } = await ask('orders for fabrikam inc refresh');
    expect(replies[0]!.activity.type).toBe('typing');
    expect(replies.at(-1)!.activity.type).toBe('message');
  });
});

describe('round trips and the cache', () => {
  const upstream = () =>
    e2e.app.sandbox!.requests.map((r) => r.path.replace(/^\/v1\/customers\/[^/]+/, '/customers/{id}'));

  it('needs at most two sequential round trips cold and none warm', async () => {
    e2e.app.cache.clear();
    await ask('orders for contoso');
    expect(upstream().sort()).toEqual([
      '/customers/{id}/orders',
      '/customers/{id}/subscriptions',
      '/v1/customers',
    ]);
    e2e.app.sandbox!.clearRequests();
    await ask('orders for contoso');
    expect(upstream()).toEqual([]);
  });

  it('goes to Partner Center again when asked to refresh', async () => {
    await ask('orders for contoso');
    e2e.app.sandbox!.clearRequests();
    await ask('orders for contoso refresh');
    expect(upstream()).toContain('/customers/{id}/orders');
  });
});

describe('when Partner Center fails after an earlier answer', () => {
  let short: Harness;
  beforeAll(async () => {
    short = await startHarness(
      { RATE_LIMIT_PER_MINUTE: '0' },
      {
        cachePolicy: {
          directoryTtlMs: 60_000,
          ordersTtlMs: 20,
          staleWhileRevalidateMs: 0,
          staleIfErrorMs: 60_000,
          maxBytes: 1 << 24,
        },
      },
    );
  });
  afterAll(() => stopHarness(short));

  it('serves the last good orders and says how old they are', async () => {
    const first = await sendToBot(short.app.url, short.connector, 'orders for contoso');
    expect(cardText(first.cards[0])).not.toMatch(/not answering/);
    await new Promise((r) => setTimeout(r, 50));
    short.app.sandbox!.knobs.faults.push({ match: '/orders', status: 503 });
    const second = await sendToBot(short.app.url, short.connector, 'orders for contoso');
    const text = cardText(second.cards[0]);
    expectValidCard(second.cards[0]);
    expect(text).toMatch(/Showing data from .*not answering/);
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
  });
});
