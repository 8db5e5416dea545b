// Issue 20 (1, 2): the message extension end to end, Teams-shaped invokes through the real pipeline (restify,
// botbuilder, the one turn, the sandbox): the search from the compose box and the command box answers from the
// customer directory and the order index with no Partner Center call, choosing a result gives its full card,
// pasted Partner Center links unfurl into a compact card or into nothing, and a person who may not ask gets no
// data through any of them.
import {
  CONTOSO_ORDER_IDS,
  CONTOSO_SUBSCRIPTION_IDS,
  CONTOSO_TENANT_ID,
  FABRIKAM_INC_TENANT_ID,
  NORTHWIND_TENANT_ID,
} from '../../dev/sandbox/fixtures/ids';
import { SANDBOX_TOKEN } from '../../dev/sandbox';
import { cardObjects, cardText, submitActions } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import {
  channelThread,
  groupChat,
  personal,
  post,
  searchValue,
  teamsComposeInvoke,
  teamsInvoke,
  teamsMessage,
  type TeamsPlace,
} from '../support/teams';

const PENDING = CONTOSO_ORDER_IDS.riD1Pending;
const AAD_ORDER = CONTOSO_ORDER_IDS.aadP2Monthly;
const AAD_SUBSCRIPTION = CONTOSO_SUBSCRIPTION_IDS.aadP2;
const CONTOSO = CONTOSO_TENANT_ID;
const PORTAL = 'https://partner.microsoft.com/en-us/dashboard/commerce2/customers';
const ALLOWED = '0b5e7c1a-2f4d-4e6b-9a8c-1d3f5e7a9b2c';
const WITH_DIRECTORY = { CUSTOMER_DIRECTORY_REFRESH_MINUTES: '15' };

interface Attachment {
  contentType: string;
  content: Record<string, unknown>;
  preview?: {
    contentType: string;
    content: Record<string, unknown> & { tap?: { type: string; value: unknown } };
  };
}
interface ComposeBody {
  composeExtension: { type: string; attachmentLayout?: string; attachments?: Attachment[]; text?: string };
  cacheInfo?: { cacheType: string };
}

let h: Harness;
afterEach(() => stopHarness(h));

/** The bot with its customer directory loaded and Contoso's orders and subscriptions in the index. */
async function start(env: Record<string, string> = {}): Promise<Harness> {
  h = await startHarness({ ...WITH_DIRECTORY, ...env });
  await h.app.directoryReady;
  // People's answers feed the index: Contoso's, read through the bot's own (cached, feeding) API.
  const ctx = { correlationId: 'fill-index' };
  await h.app.api.listOrders(CONTOSO, {}, ctx);
  await h.app.api.listSubscriptions(CONTOSO, ctx);
  for (let i = 0; i < 200 && (await h.app.index.findSubscription(AAD_SUBSCRIPTION)).length === 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  h.app.sandbox!.clearRequests();
  return h;
}

async function invoke(place: TeamsPlace, name: string, value: unknown, userId?: string, aad?: string) {
  const activity = teamsComposeInvoke(h, place, name, value, userId);
  if (aad) (activity.from as Record<string, unknown>).aadObjectId = aad;
  const started = Date.now();
  const response = await post(h, activity);
  expect(response.status).toBe(200);
  return { body: JSON.parse(response.body) as ComposeBody, ms: Date.now() - started };
}
const search = (place: TeamsPlace, query: string, skip?: number, count?: number) =>
  invoke(place, 'composeExtension/query', searchValue(query, skip, count));
const unfurl = (place: TeamsPlace, url: string, userId?: string, aad?: string) =>
  invoke(place, 'composeExtension/queryLink', { url }, userId, aad);

/** The result list: type result, layout list, each with a compact card and a preview whose tap selects it. */
function resultsOf(body: ComposeBody): Attachment[] {
  expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  const attachments = body.composeExtension.attachments ?? [];
  expect(attachments.length).toBeLessThanOrEqual(25);
  for (const a of attachments) {
    expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expectValidCard(a.content, '1.3');
    expect(a.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(a.preview?.content.title).toEqual(expect.any(String));
  }
  return attachments;
}
const previews = (body: ComposeBody) =>
  resultsOf(body).map((a) => [a.preview!.content.title, a.preview!.content.subtitle].join(' | '));
const select = (place: TeamsPlace, attachment: Attachment, userId?: string, aad?: string) =>
  invoke(place, 'composeExtension/selectItem', attachment.preview!.content.tap!.value, userId, aad);

/** The one card a selectItem or queryLink answers with. */
function onlyCard(body: ComposeBody, version: '1.3' | '1.5'): Record<string, unknown> {
  expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  expect(body.composeExtension.attachments).toHaveLength(1);
  const card = body.composeExtension.attachments![0]!.content;
  expectValidCard(card, version);
  return card;
}
/** An order of Northwind's, read from the sandbox directly (so the bot's index does not hold it). */
async function northwindOrder(): Promise<string> {
  const listed = await fetch(`${h.app.sandbox!.url}/v1/customers/${NORTHWIND_TENANT_ID}/orders`, {
    headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
  });
  return ((await listed.json()) as { items: { id: string }[] }).items[0]!.id;
}

const nothing = (body: ComposeBody) =>
  expect(body.composeExtension).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });

describe('the search (composeExtension/query)', () => {
  it('finds customers by name and by domain, best first, from the directory, with no Partner Center call', async () => {
    await start();
    const place = channelThread();
    const byName = await search(place, 'contoso');
    expect(byName.ms).toBeLessThan(5_000);
    const names = previews(byName.body);
    expect(names[0]).toMatch(/^Contoso \| Customer · contoso\.onmicrosoft\.com$/);
    expect(names.some((n) => n.startsWith('Contoso Pharmaceuticals |'))).toBe(true);
    expect(previews((await search(place, 'contoso.com')).body)[0]).toMatch(/^Contoso \|/);
    expect(previews((await search(place, 'fourthcoffee')).body)[0]).toMatch(/Fourth Coffee/);
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('finds orders and subscriptions by a shortened id, as cards show it, with customer · id · status · date', async () => {
    await start();
    const place = groupChat();
    for (const typed of ['9qg-ErcO', '9qg-ErcO…', ' 9QG-ERCO ']) {
      const [first] = resultsOf((await search(place, typed)).body);
      expect(first!.preview!.content).toMatchObject({
        title: 'Contoso',
        subtitle: `Order ${PENDING} · Pending`,
        text: expect.stringMatching(/^Created .*2018 · One-time$/),
      });
      expect(cardText(first!.content)).toContain(`Order id: ${PENDING}`);
    }
    const [subscription] = resultsOf((await search(place, 'db8c695b')).body);
    expect(subscription!.preview!.content).toMatchObject({
      title: 'Azure Active Directory Premium P2',
      subtitle: `Subscription ${AAD_SUBSCRIPTION} · Active`,
      text: expect.stringContaining('Contoso · quantity'),
    });
    // By product name, as "who has" reads it.
    expect(previews((await search(place, 'myoffer')).body)[0]).toMatch(
      /^Myofferpurchase \| Subscription 83ef9d05/,
    );
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('answers within the page Teams asks for (skip, count), never more than 25', async () => {
    // A partner of 1,000 customers, many of them named "Aurora …".
    await start({ SANDBOX_CUSTOMERS: '1000' });
    const place = personal();
    const all = previews((await search(place, 'aurora', 0, 500)).body);
    expect(all).toHaveLength(25);
    expect(previews((await search(place, 'aurora', 0, 2)).body)).toEqual(all.slice(0, 2));
    expect(previews((await search(place, 'aurora', 1, 2)).body)).toEqual(all.slice(1, 3));
    expect(previews((await search(place, 'aurora', 20)).body)).toEqual(all.slice(20));
    // Past the end: an empty page, not a message that would replace the list.
    expect(previews((await search(place, 'aurora', 25)).body)).toEqual([]);
  });

  it('says what it searches when nothing matches, and what to type when nothing is typed yet', async () => {
    await start();
    const none = await search(personal(), 'zzqqxx');
    expect(none.body.composeExtension.type).toBe('message');
    expect(none.body.composeExtension.text).toMatch(/^Nothing matches “zzqqxx”/);
    const initial = await invoke(personal(), 'composeExtension/query', {
      commandId: 'searchPartnerCenter',
      parameters: [{ name: 'initialRun', value: 'true' }],
      queryOptions: { skip: 0, count: 25 },
    });
    expect(initial.body.composeExtension).toEqual({
      type: 'message',
      text: expect.stringMatching(/^Type a customer/),
    });
  });

  it("answers an empty query (and initialRun) with the person's recent lookups, newest first, only theirs", async () => {
    await start();
    const place = personal();
    await post(h, teamsMessage(h, place, `order ${PENDING} for contoso`, '29:recent'));
    await post(h, teamsMessage(h, place, `subscription ${AAD_SUBSCRIPTION.slice(0, 8)}…`, '29:recent'));
    const recent = await invoke(place, 'composeExtension/query', searchValue(''), '29:recent');
    // Contoso was named again by the second question (its customer came from the index).
    expect(previews(recent.body)).toEqual([
      `Azure Active Directory Premium P2 | Subscription ${AAD_SUBSCRIPTION} · Active`,
      'Contoso | Customer · contoso.onmicrosoft.com',
      `Contoso | Order ${PENDING} · Pending`,
    ]);
    const someoneElse = await invoke(place, 'composeExtension/query', searchValue(''), '29:other');
    expect(someoneElse.body.composeExtension.type).toBe('message');
  });

  it("answers in the person's language", async () => {
    await start();
    const activity = teamsComposeInvoke(h, personal(), 'composeExtension/query', searchValue('9qg-ErcO'));
    const response = await post(h, { ...activity, locale: 'pt-BR' });
    const [first] = resultsOf(JSON.parse(response.body) as ComposeBody);
    expect(first!.preview!.content.subtitle).toBe(`Pedido ${PENDING} · Pendente`);
    expect(cardText(first!.content)).toContain('Partner Center · Pedido');
  });
});

describe('choosing a result (composeExtension/selectItem)', () => {
  it('puts the full order card in the message, its buttons as Universal Actions', async () => {
    await start();
    const place = channelThread();
    const [order] = resultsOf((await search(place, '9qg-ErcO')).body);
    const chosen = await select(place, order!);
    const card = onlyCard(chosen.body, '1.5');
    expect(cardText(card)).toContain('Order details');
    expect(cardText(card)).toContain(PENDING);
    // Action.Submit from a card sent from the compose box has nowhere to go: every button is an Action.Execute.
    expect(submitActions(card)).toEqual([]);
    const buttons = cardObjects(card).filter((o) => o.type === 'Action.Execute');
    expect(buttons.length).toBeGreaterThan(0);
    // The order card refreshes itself for the person who sent it.
    expect(card.refresh).toMatchObject({ action: { type: 'Action.Execute' }, userIds: ['29:person-1'] });

    // A button of the sent card answers as a Universal Action with a card made the same way.
    const back = buttons.find((b) => b.title === 'Back to orders')!;
    const clicked = await post(
      h,
      teamsInvoke(h, place, {
        action: { type: 'Action.Execute', verb: back.verb, data: back.data },
      }),
    );
    const answer = JSON.parse(clicked.body) as { value: Record<string, unknown> };
    expectValidCard(answer.value);
    expect(cardText(answer.value)).toMatch(/Contoso/);
    expect(cardText(answer.value)).toContain(PENDING.slice(0, 8));
    expect(submitActions(answer.value)).toEqual([]);
  });

  it("gives a customer's orders card and a subscription's subscriptions card", async () => {
    await start();
    const place = groupChat();
    const [customer] = resultsOf((await search(place, 'contoso')).body);
    const orders = onlyCard((await select(place, customer!)).body, '1.5');
    expect(cardText(orders)).toMatch(/Contoso/);
    expect(cardText(orders)).toMatch(/orders/i);
    const [subscription] = resultsOf((await search(place, 'db8c695b')).body);
    const subs = onlyCard((await select(place, subscription!)).body, '1.5');
    expect(cardText(subs)).toContain(AAD_SUBSCRIPTION);
    // The order and the subscription are now this person's recent lookups.
    expect(previews((await search(place, '')).body).slice(0, 2)).toEqual([
      `Azure Active Directory Premium P2 | Subscription ${AAD_SUBSCRIPTION} · Active`,
      'Contoso | Customer · contoso.onmicrosoft.com',
    ]);
  });

  it('counts against the per-person limit like any other turn; the search, which asks nothing, does not', async () => {
    await start({ RATE_LIMIT_PER_MINUTE: '1' });
    const place = personal();
    const [pending] = resultsOf((await search(place, PENDING)).body);
    const [aad] = resultsOf((await search(place, AAD_ORDER)).body);
    expect(cardText(onlyCard((await select(place, pending!)).body, '1.5'))).toContain(PENDING);
    const limited = onlyCard((await select(place, aad!)).body, '1.5');
    expect(cardText(limited)).toMatch(/slow down/i);
    expect(resultsOf((await search(place, 'contoso')).body).length).toBeGreaterThan(0);
    // A link the index does not hold needs Partner Center: past the limit, it unfurls into nothing.
    nothing((await unfurl(place, `${PORTAL}/${NORTHWIND_TENANT_ID}/orders/${await northwindOrder()}`)).body);
    // One the index holds does not.
    expect(
      cardText(onlyCard((await unfurl(place, `${PORTAL}/${CONTOSO}/orders/${AAD_ORDER}`)).body, '1.3')),
    ).toContain(AAD_ORDER);
    expect(h.logs.audits().map((a) => [a.command, a.result])).toEqual([
      ['search', 'ok'],
      ['search', 'ok'],
      ['order', 'ok'],
      ['order', 'rateLimited'],
      ['search', 'ok'],
      ['unfurl', 'rateLimited'],
      ['unfurl', 'ok'],
    ]);
  });
});

describe('pasted links (composeExtension/queryLink)', () => {
  it('unfurls a customer, an order and a subscription link into a compact card', async () => {
    await start();
    const place = channelThread();
    const customer = await unfurl(place, `${PORTAL}/${CONTOSO}/account`);
    expect(cardText(onlyCard(customer.body, '1.3'))).toContain(`Customer tenant id: ${CONTOSO}`);
    expect(customer.body.cacheInfo).toEqual({ cacheType: 'no-cache' });

    const order = onlyCard((await unfurl(place, `${PORTAL}/${CONTOSO}/orders/${PENDING}`)).body, '1.3');
    expect(cardText(order)).toMatch(/Partner Center · Order[\s\S]*Pending[\s\S]*Contoso/);
    expect(cardText(order)).toContain(`Order id: ${PENDING}`);

    const older = `https://partner.microsoft.com/commerce/customers/${CONTOSO}/subscriptions/${AAD_SUBSCRIPTION}`;
    const subscription = onlyCard((await unfurl(place, older)).body, '1.3');
    expect(cardText(subscription)).toMatch(/Azure Active Directory Premium P2[\s\S]*Active/);
    // All from the directory and the index.
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('asks Partner Center for what the index does not hold yet (the link names the customer)', async () => {
    await start();
    const order = await northwindOrder();
    h.app.sandbox!.clearRequests();
    const url = `https://partner.microsoft.com/dashboard/commerce2/customers/${NORTHWIND_TENANT_ID}/orders/${order}`;
    const card = onlyCard((await unfurl(personal(), url)).body, '1.3');
    expect(cardText(card)).toContain(`Order id: ${order}`);
    expect(cardText(card)).toContain('Northwind Traders');
    expect(h.app.sandbox!.requests.length).toBeGreaterThan(0);
  });

  it.each([
    ['another site', 'https://example.com/orders/9qg-ErcO'],
    ['a portal page that is no customer', 'https://partner.microsoft.com/dashboard/commerce2/customers/list'],
    [
      'an order under another customer (wrong tenant)',
      `${PORTAL}/${FABRIKAM_INC_TENANT_ID}/orders/${PENDING}`,
    ],
    ['an order id nobody has', `${PORTAL}/${CONTOSO}/orders/Qq9NotThere00`],
    [
      'a subscription id nobody has',
      `${PORTAL}/${CONTOSO}/subscriptions/11111111-2222-4333-8444-555555555555`,
    ],
    ['a tenant that is not a customer', `${PORTAL}/99999999-9999-4999-8999-999999999999/account`],
    ['a link that is not one', 'not a link'],
  ])('unfurls %s into nothing, never an error', async (_what, url) => {
    await start();
    nothing((await unfurl(groupChat(), url)).body);
  });

  it('unfurls a zero-install (anonymous) query and an unknown command into nothing', async () => {
    await start();
    nothing(
      (await invoke(personal(), 'composeExtension/anonymousQueryLink', { url: `${PORTAL}/${CONTOSO}` })).body,
    );
    nothing(
      (await invoke(personal(), 'composeExtension/query', { commandId: 'other', parameters: [] })).body,
    );
  });
});

describe('a person who may not ask', () => {
  it('gets no data through the search, a choice or a link; the person allowed does', async () => {
    await start({ ALLOWED_USER_IDS: ALLOWED });
    const place = channelThread();
    const allowedSearch = await invoke(
      place,
      'composeExtension/query',
      searchValue('9qg-ErcO'),
      '29:ok',
      ALLOWED,
    );
    const [order] = resultsOf(allowedSearch.body);

    const refusedSearch = await invoke(place, 'composeExtension/query', searchValue('9qg-ErcO'), '29:no');
    expect(refusedSearch.body.composeExtension).toEqual({
      type: 'message',
      text: expect.stringMatching(/administrator/),
    });
    const refusedChoice = onlyCard((await select(place, order!, '29:no')).body, '1.5');
    expect(cardText(refusedChoice)).toMatch(/do not have access/);
    expect(JSON.stringify(refusedChoice)).not.toContain(PENDING);
    nothing((await unfurl(place, `${PORTAL}/${CONTOSO}/orders/${PENDING}`, '29:no')).body);
    nothing((await unfurl(place, `${PORTAL}/${CONTOSO}`, '29:no')).body);
    expect(h.app.sandbox!.requests).toEqual([]);
    expect(h.logs.audits().filter((a) => a.result === 'refused')).toHaveLength(4);

    expect(cardText(onlyCard((await select(place, order!, '29:ok', ALLOWED)).body, '1.5'))).toContain(
      PENDING,
    );
    const allowedLink = await unfurl(place, `${PORTAL}/${CONTOSO}/orders/${PENDING}`, '29:ok', ALLOWED);
    expect(cardText(onlyCard(allowedLink.body, '1.3'))).toContain(PENDING);
  });
});
