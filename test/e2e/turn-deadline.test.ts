import { DEFAULT_CACHE_POLICY } from '../../src/cache';
import { cardText, sendToBot, type SendOptions } from '../support/emulator';
import { expectValidCard } from '../cards/validate-card';
import { messages, startHarness, stopHarness, type Harness } from '../support/harness';

// One deadline per turn, with the sandbox's latency and hang knobs: a progress card when the answer takes a
// while, the answer in its place, and at the deadline stale data or a timeout card — never silence, never a
// second answer later. The deadline is 2.5 s here (12 s by default) so the tests stay short.

const DEADLINE_MS = 2500;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(
    {},
    {
      turnDeadlineMs: DEADLINE_MS,
      progressAfterMs: 300,
      // Orders go stale at once, so a later failure can be answered with the last good data.
      cachePolicy: { ...DEFAULT_CACHE_POLICY, ordersTtlMs: 1, staleWhileRevalidateMs: 0 },
    },
  );
});
afterAll(() => stopHarness(harness));
beforeEach(() => {
  harness.app.sandbox!.knobs.reset();
  harness.app.cache.clear();
  harness.logs.clear();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ask = (text: string, options: SendOptions = {}) =>
  sendToBot(harness.app.url, harness.connector, text, options);
const textOf = (reply: { activity: { attachments?: { content: unknown }[] } }) =>
  cardText(reply.activity.attachments?.[0]?.content);

describe('an answer that takes a while', () => {
  it('starts with a progress card, which the answer then replaces in place', async () => {
    harness.app.sandbox!.knobs.latencyMs = 400;
    const turn = await ask('orders for contoso');
    const [progress, answer, ...rest] = messages(turn);
    expect(rest).toEqual([]);
    expect(progress).toMatchObject({ method: 'POST' });
    expect(textOf(progress!)).toContain('Looking up the orders of contoso…');
    expect(textOf(progress!)).toContain('The answer will appear here.');
    expect(answer).toMatchObject({ method: 'PUT', activityId: progress!.id });
    expect(textOf(answer!)).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    for (const card of turn.cards) expectValidCard(card);
    expect(harness.logs.audits()).toEqual([expect.objectContaining({ command: 'orders', result: 'ok' })]);
  });

  it('follows the progress card where the channel cannot update messages', async () => {
    harness.app.sandbox!.knobs.latencyMs = 400;
    const turn = await ask('orders for contoso', { channelId: 'webchat' });
    const [progress, answer, ...rest] = messages(turn);
    expect(rest).toEqual([]);
    expect(textOf(progress!)).toContain('The answer follows shortly.');
    expect(answer).toMatchObject({ method: 'POST' });
    expect(textOf(answer!)).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
  });

  it('speaks the user’s language', async () => {
    harness.app.sandbox!.knobs.latencyMs = 400;
    const turn = await ask('orders for contoso', { locale: 'it-IT' });
    expect(textOf(messages(turn)[0]!)).toContain('Cerco gli ordini di contoso…');
  });

  it('sends no progress card when the answer is quick', async () => {
    const turn = await ask('orders for contoso');
    expect(messages(turn)).toHaveLength(1);
    expect(messages(turn)[0]).toMatchObject({ method: 'POST' });
  });
});

describe('at the deadline', () => {
  it('answers with a timeout card that carries the correlation id, in place of the progress card', async () => {
    harness.app.sandbox!.knobs.faults = [{ match: '/orders', status: 200, hang: true }];
    const started = Date.now();
    const turn = await ask('orders for contoso');
    const elapsed = Date.now() - started;
    expect(turn.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
    // Far below Partner Center's own budget (9 s a request); wide margin for a busy machine.
    expect(elapsed).toBeLessThan(DEADLINE_MS + 5000);
    const [progress, answer, ...rest] = messages(turn);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ method: 'PUT', activityId: progress!.id });
    const [audit] = harness.logs.audits();
    expect(audit).toMatchObject({ command: 'orders' });
    expect(textOf(answer!)).toMatch(/Partner Center is slow|did not answer in time/i);
    expect(textOf(answer!)).toContain(String(audit!.correlationId));

    // Nothing more arrives later: the late result (if any) is dropped.
    const count = harness.connector.conversation(turn.conversationId).length;
    await sleep(1500);
    expect(harness.connector.conversation(turn.conversationId)).toHaveLength(count);
  });

  it('answers with the last good data when there is some', async () => {
    const first = await ask('orders for contoso');
    expect(textOf(messages(first)[0]!)).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    await sleep(10); // past the 1 ms TTL
    harness.app.sandbox!.knobs.faults = [{ match: '/orders', status: 200, hang: true }];
    const turn = await ask('orders for contoso');
    const [, answer, ...rest] = messages(turn);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ method: 'PUT' });
    expect(textOf(answer!)).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(textOf(answer!)).toContain('Partner Center is not answering right now');
  });

  it('reaches every page of a long listing: the deadline stops paging too', async () => {
    // Northwind has 1,100+ orders over many pages; at 300 ms a page the listing cannot finish in 2.5 s.
    harness.app.sandbox!.knobs.latencyMs = 300;
    const started = Date.now();
    const turn = await ask('orders for northwind');
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 5000);
    const [progress, answer, ...rest] = messages(turn);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ method: 'PUT', activityId: progress!.id });
    const requestsAtEnd = harness.app.sandbox!.requests.length;
    await sleep(1000);
    // No paging goes on after the turn: at 300 ms a page that would be 3 more in this second. The page in flight
    // at the deadline (aborted) may reach a busy sandbox only now.
    expect(harness.app.sandbox!.requests.length).toBeLessThanOrEqual(requestsAtEnd + 1);
  });
});
