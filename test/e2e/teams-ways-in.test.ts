// Issue 15: every way into the bot (typed messages, Action.Submit clicks, adaptiveCard/action invokes) runs one
// turn with the same guards, cards update where they were clicked, and conversation events behave as Teams
// sends them. Teams-shaped activities through the real pipeline; the test connector answers like Teams.
import { DEFAULT_CACHE_POLICY } from '../../src/cache';
import { submitActions } from '../cards/card-fixtures';
import { cardsOf, cardText } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import {
  BOT,
  channelThread,
  groupChat,
  personal,
  post,
  teamsActivity,
  teamsClick,
  teamsInvoke,
  teamsMessage,
  type TeamsPlace,
} from '../support/teams';

const PENDING_ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const messagesIn = (place: TeamsPlace) =>
  h!.connector.conversation(place.conversationId).filter((r) => r.activity.type === 'message');
const lastCard = (place: TeamsPlace) => cardsOf(messagesIn(place)).at(-1)!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const button = (card: unknown, title: RegExp) => submitActions(card).find((b) => title.test(b.title))!;

const refreshValue = (data: unknown) => ({
  action: { type: 'Action.Execute', verb: 'pcbot.refresh', data },
  trigger: 'automatic',
});

describe('one turn for every way in', () => {
  it('invokes and clicks count against the per-person limit like messages (5 a minute)', async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '5' });
    const place = personal();
    await post(h, teamsMessage(h, place, `order ${PENDING_ORDER} for contoso`));
    const refresh = lastCard(place).refresh as { action: { data: { command: object } } };
    const perTurn = h.app.sandbox!.requests.length;
    // Each asks Partner Center again ("refresh" in the data skips the cache).
    const uncached = { ...refresh.action.data, command: { ...refresh.action.data.command, refresh: true } };
    for (let i = 0; i < 8; i++) await post(h, teamsInvoke(h, place, refreshValue(uncached)));
    for (let i = 0; i < 4; i++) await post(h, teamsClick(h, place, uncached, 'reply-1'));

    const results = h.logs.audits().map((a) => a.result);
    expect(results.filter((r) => r === 'ok')).toHaveLength(5);
    expect(results.filter((r) => r === 'rateLimited')).toHaveLength(8);
    expect(h.app.sandbox!.requests.length).toBeLessThanOrEqual(5 * perTurn);
  });

  it('answers a malformed card action with 400 and a warning, not a 501 and an error', async () => {
    h = await startHarness();
    const place = personal();
    for (const value of ['hello', {}, { action: { type: 'Action.Submit' } }, null]) {
      const response = await post(h, teamsInvoke(h, place, value));
      expect(response.status).toBe(400);
    }
    const records = h.logs.records();
    expect(records.filter((r) => (r.level ?? 0) >= 50)).toEqual([]);
    expect(records.filter((r) => r.msg?.includes('not an Action.Execute'))).toHaveLength(4);
  });

  it('answers a repeated invoke (same activity id) with its first answer, without running it again', async () => {
    h = await startHarness();
    const invoke = teamsInvoke(h, personal(), refreshValue({ pcbot: 'type', text: 'orders for contoso' }));
    const first = await post(h, invoke);
    const again = await post(h, invoke);
    expect(again).toEqual(first);
    expect(h.logs.audits()).toHaveLength(1);
  });

  it.each(['messageUpdate', 'messageDelete'])(
    'answers a Teams %s without channelData with 200 and nothing in the error log',
    async (type) => {
      h = await startHarness();
      const response = await post(h, { ...teamsActivity(h, personal(), { type }), channelData: undefined });
      expect(response.status).toBe(200);
      expect(h.logs.records().filter((r) => (r.level ?? 0) >= 50)).toEqual([]);
    },
  );

  it('resolves names through the customer directory on invokes too', async () => {
    h = await startHarness({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '15' });
    await h.app.directoryReady;
    const before = h.app.sandbox!.requests.length;
    const value = refreshValue({ pcbot: 'type', text: 'orders for contoso' });
    const response = await post(h, teamsInvoke(h, personal(), value));
    expect(response.status).toBe(200);
    const searched = h.app.sandbox!.requests.slice(before).filter((r) => /size=|\?name=/i.test(r.path));
    expect(searched).toEqual([]);
  });
});

describe('a refresh never makes a card worse', () => {
  const shortLived = {
    cachePolicy: {
      ...DEFAULT_CACHE_POLICY,
      ordersTtlMs: 100,
      directoryTtlMs: 100,
      staleWhileRevalidateMs: 0,
      staleIfErrorMs: 0,
    },
  };

  it('answers a refresh that fails with the last good card, its as-of, a note and its refresh', async () => {
    h = await startHarness({}, shortLived);
    const place = personal();
    await post(h, teamsMessage(h, place, `order ${PENDING_ORDER} for contoso`));
    const good = lastCard(place);
    const data = (good.refresh as { action: { data: unknown } }).action.data;
    await sleep(250);
    h.app.sandbox!.knobs.faults.push({ status: 500 });

    const response = await post(h, teamsInvoke(h, place, refreshValue(data)));
    expect(response.status).toBe(200);
    const card = (JSON.parse(response.body) as { value: Record<string, unknown> }).value;
    expect(cardText(card)).toContain(PENDING_ORDER);
    expect(cardText(card)).toMatch(/As of /);
    expect(cardText(card)).toMatch(/Could not refresh this card just now/);
    expect(card.refresh).toEqual(good.refresh);
    expect(h.logs.audits().at(-1)).toMatchObject({ result: 'error', servedLastGood: true });
  });

  it('answers with an error card, still refreshing, when there never was a good one', async () => {
    h = await startHarness({}, shortLived);
    h.app.sandbox!.knobs.faults.push({ status: 500 });
    const data = { pcbot: 'run', command: { kind: 'order', customer: 'contoso', orderId: PENDING_ORDER } };
    const response = await post(h, teamsInvoke(h, personal(), refreshValue(data)));
    const card = (JSON.parse(response.body) as { value: Record<string, unknown> }).value;
    expect(cardText(card)).toMatch(/Partner Center/);
    expect(cardText(card)).not.toContain('Status');
    expect((card.refresh as { action: { data: unknown } }).action.data).toEqual(data);
  });
});

describe('updates that land or say why', () => {
  const slow = {
    progressAfterMs: 50,
    reply: { attemptTimeoutMs: 1000, retryDelayMs: 10, maxRetryDelayMs: 20 },
  };

  it.each([429, 403])(
    'posts the answer and removes the progress card when Teams answers its update with %i',
    async (status) => {
      h = await startHarness({}, slow);
      h.app.sandbox!.knobs.latencyMs = 300;
      h.connector.faults.push({ method: 'PUT', status, retryAfterSeconds: 0 });
      const place = channelThread();
      await post(h, teamsMessage(h, place, 'orders for contoso'));

      const [progress, answer, ...rest] = messagesIn(place);
      expect(rest).toEqual([]);
      expect(cardText(cardsOf([progress!])[0])).toMatch(/Looking up/);
      expect(cardText(cardsOf([answer!])[0])).toMatch(/Contoso/);
      expect(h.connector.deleted).toEqual([
        { conversationId: place.conversationId, activityId: progress!.id },
      ]);
      expect(h.logs.audits().at(-1)).toMatchObject({ result: 'ok' });
    },
  );

  it('updates the clicked card in place for next and previous, in a channel thread', async () => {
    h = await startHarness();
    const place = channelThread();
    await post(h, teamsMessage(h, place, 'orders for northwind'));
    const [first] = messagesIn(place);
    const more = button(cardsOf([first!])[0], /^Show more/);
    await post(h, teamsClick(h, place, more.data, first!.id));
    const page2 = h.connector.conversation(place.conversationId).at(-1)!;
    expect(page2).toMatchObject({ method: 'PUT', activityId: first!.id });
    const previous = button(cardsOf([page2])[0], /^Previous/);
    await post(h, teamsClick(h, place, previous.data, first!.id));
    const back = h.connector.conversation(place.conversationId).at(-1)!;
    expect(back).toMatchObject({ method: 'PUT', activityId: first!.id });
    expect(messagesIn(place).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('answers a Watch click with a new message and leaves the clicked card as it is', async () => {
    h = await startHarness();
    const place = personal();
    await post(h, teamsMessage(h, place, `order ${PENDING_ORDER} for contoso`));
    const [detail] = messagesIn(place);
    const watch = button(cardsOf([detail!])[0], /^Watch/);
    await post(h, teamsClick(h, place, watch.data, detail!.id));
    expect(h.connector.conversation(place.conversationId).map((r) => r.method)).toEqual(['POST', 'POST']);
  });
});

describe('cards that fit', () => {
  it('falls back to the short card when Teams still refuses the answer as too large (413)', async () => {
    h = await startHarness();
    const place = channelThread();
    h.connector.faults.push({ method: 'POST', activityType: 'message', status: 413, times: 1 });
    await post(h, teamsMessage(h, place, 'orders for contoso'));
    const [only, ...rest] = messagesIn(place);
    expect(rest).toEqual([]);
    expect(cardText(cardsOf([only!])[0])).toMatch(/too large/i);
    expect(h.logs.audits().at(-1)).toMatchObject({ result: 'ok' });
  });
});

describe('conversation events as Teams sends them', () => {
  const added = (place: TeamsPlace, members: { id: string; name?: string }[]) => ({
    type: 'conversationUpdate',
    membersAdded: members,
  });

  it('welcomes a group chat once, with one short card, when the bot is added', async () => {
    h = await startHarness();
    const place = groupChat();
    await post(h, teamsActivity(h, place, added(place, [BOT])));
    await post(h, teamsActivity(h, place, { type: 'installationUpdate', action: 'add' }));
    expect(messagesIn(place)).toHaveLength(1);
    expect(cardText(lastCard(place))).toMatch(/Partner Center orders, in this conversation/);
    expect(cardText(lastCard(place))).toMatch(/@Orders Bot orders for contoso/);
  });

  it('says nothing when other people join', async () => {
    h = await startHarness();
    for (const place of [groupChat(), channelThread(), personal()]) {
      await post(h, teamsActivity(h, place, added(place, [{ id: '29:new-person', name: 'Sam' }])));
      expect(messagesIn(place)).toEqual([]);
    }
  });

  it('gives a person the help card when they install the bot in 1:1', async () => {
    h = await startHarness();
    const place = personal();
    await post(h, teamsActivity(h, place, added(place, [BOT, { id: '29:person-1' }])));
    expect(messagesIn(place)).toHaveLength(1);
    expect(cardText(lastCard(place))).toMatch(/What I can do/);
  });

  it.each([
    ['installationUpdate remove', { type: 'installationUpdate', action: 'remove' }],
    ['membersRemoved of the bot', { type: 'conversationUpdate', membersRemoved: [BOT] }],
  ])('removes the watches and digests of a conversation on %s', async (_name, event) => {
    h = await startHarness();
    const thread = channelThread();
    const elsewhere = personal();
    await post(h, teamsMessage(h, thread, `watch order ${PENDING_ORDER} for contoso`));
    await post(h, teamsMessage(h, elsewhere, `watch order ${PENDING_ORDER} for contoso`));
    await post(h, teamsMessage(h, thread, 'digest renewals weekly'));
    await post(h, teamsMessage(h, elsewhere, 'watch cancellation windows'));
    expect(await h.app.state.watchStore.all()).toHaveLength(2);
    expect(await h.app.state.digestStore.all()).toHaveLength(2);

    const channel: TeamsPlace = {
      conversationId: thread.conversationId.split(';')[0]!,
      conversationType: 'channel',
    };
    await post(h, teamsActivity(h, channel, event));
    const left = await h.app.state.watchStore.all();
    expect(left.map((w) => w.conversation.conversationId)).toEqual([elsewhere.conversationId]);
    const digests = await h.app.state.digestStore.all();
    expect(digests.map((d) => d.conversation.conversationId)).toEqual([elsewhere.conversationId]);
  });
});
