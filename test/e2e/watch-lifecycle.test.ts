// The rest of a watch's life: an expired watch ends with a short notice; a watch asked at the top of a Teams
// channel hears in that message's thread; Teams throttling a notice (429 + Retry-After) defers it to a later
// round, not loses it; Partner Center throttling the poller (429) makes it back off.

import { cardText, sendToBot } from '../support/emulator';
import { sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const noticesIn = (harness: Harness, conversationId: string) =>
  harness.connector
    .conversation(conversationId)
    .map((r) => cardText(r.activity.attachments?.[0]?.content))
    .filter((text) => text.includes(`Order ${ORDER} of`));

const complete = (harness: Harness) =>
  fetch(`${harness.app.sandbox!.url}/_sandbox/orders/${ORDER}/complete`, { method: 'POST' });

describe('a watch over its life', () => {
  it('ends an expired watch with a short notice', async () => {
    h = await startHarness();
    const c = 'conv-expiring';
    await sendToBot(h.app.url, h.connector, `watch order ${ORDER} for contoso`, { conversationId: c });
    const store = h.app.state.watchStore;
    const [watch] = await store.all();
    await store.remove(watch!.id);
    await store.add({ ...watch!, expiresAt: Date.now() - 1 }, 25);
    await h.app.poller.tick(true);
    const notices = h.connector
      .conversation(c)
      .map((r) => cardText(r.activity.attachments?.[0]?.content))
      .filter((text) => text.includes('the watch expired'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/No longer watching order [^]* the watch expired after 24 hours\./);
    expect(await store.all()).toHaveLength(0);
  });

  it('hears in the thread of a message posted at the top of a channel', async () => {
    h = await startHarness();
    const channel = '19:general@thread.tacv2';
    const turn = await sendAsTeams(h, `watch order ${ORDER} for contoso`, {
      conversationType: 'channel',
      conversationId: channel,
      tenantId: 't1',
    });
    expect(cardText(turn.cards.at(-1))).toContain('Watching order');
    const [watch] = await h.app.state.watchStore.all();
    expect(watch!.conversation.conversationId).toMatch(/^19:general@thread\.tacv2;messageid=.+/);
    expect(watch!.conversation.tenantId).toBe('t1');
    await complete(h);
    await h.app.poller.tick(true);
    expect(noticesIn(h, watch!.conversation.conversationId)).toHaveLength(1);
  });

  it('defers a notice Teams throttles (429 with Retry-After) to a later round and delivers it once', async () => {
    h = await startHarness();
    const c = 'conv-throttled';
    await sendToBot(h.app.url, h.connector, `watch order ${ORDER} for contoso`, { conversationId: c });
    await complete(h);
    h.connector.faults.push({ status: 429, retryAfterSeconds: 1, method: 'POST', times: 2 });
    await h.app.poller.tick(true);
    // One retry after 1 s fits the notice's send window; the second 429 defers it past this round.
    expect(noticesIn(h, c)).toHaveLength(0);
    expect(h.connector.attemptsOf(c).filter((a) => a.status === 429)).toHaveLength(2);
    await h.app.poller.tick(true); // before its Retry-After: not sent
    expect(h.connector.attemptsOf(c).filter((a) => a.status === 429)).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1_000));
    await h.app.poller.tick(true);
    expect(noticesIn(h, c)).toHaveLength(1);
    expect(await h.app.state.watchStore.all()).toHaveLength(0); // the final notice ended the watch
  });

  it('backs off when Partner Center throttles the poller', async () => {
    h = await startHarness();
    const c = 'conv-backoff';
    await sendToBot(h.app.url, h.connector, `watch order ${ORDER} for contoso`, { conversationId: c });
    h.app.sandbox!.knobs.faults.push({ match: '/orders', status: 429, retryAfterSeconds: 1 });
    await h.app.poller.tick(true);
    expect(h.logs.records().some((r) => r.msg === 'watch poller throttled: backing off')).toBe(true);
    h.app.sandbox!.knobs.faults.length = 0;
    await complete(h);
    h.app.sandbox!.clearRequests();
    await h.app.poller.tick(true); // paused: no call, no notice yet
    expect(h.app.sandbox!.requests.filter((r) => /\/orders$/.test(r.path))).toHaveLength(0);
    expect(noticesIn(h, c)).toHaveLength(0);
  });
});
