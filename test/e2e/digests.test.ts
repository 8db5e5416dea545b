// Issue 19, item 3: a renewals digest in a thread, through the real app (sandbox on a pinned clock, the crawler
// run over it, the Emulator's connector capturing the proactive posts). A weekly digest posts once at its hour
// (Monday 08:00 UTC) as the clock moves, once only across two instances on one Redis, survives an instance's
// restart, costs no Partner Center call, and ends when the connector answers 403; its cards render in all four
// languages.
import { CONTOSO_RENEWAL_SUBSCRIPTION_IDS as SUBS } from '../../dev/sandbox';
import type { Sandbox } from '../../dev/sandbox';
import { DIGEST_HORIZON_MS } from '../../src/digest/content';
import { expectValidCard } from '../cards/validate-card';
import { cardText, sendToBot } from '../support/emulator';
import { stopHarness, type Harness } from '../support/harness';
import { crawl, PinnedClock, pinnedBot, pinnedSandbox, tickAll } from '../support/pinned-partner';
import { startRedis, type TestRedis } from '../support/redis';

// A Sunday: the weekly digest's first post is the next morning.
const START = '2026-03-01T10:00:00Z';
const MONDAY_8 = '2026-03-02T08:00:00Z';

jest.setTimeout(120_000);

let redis: TestRedis;
const clock = new PinnedClock(START);
let sandbox: Sandbox;
const running: Harness[] = [];
beforeAll(async () => {
  redis = await startRedis();
  sandbox = await pinnedSandbox(clock);
});
afterAll(async () => {
  for (const h of running.reverse()) await stopHarness(h);
  await sandbox.close();
  await redis.close();
});
// Every test starts at the sandbox's start (the index is read then), in a thread of its own.
beforeEach(() => clock.set(START));

async function instance(keyPrefix?: string): Promise<Harness> {
  const h = await pinnedBot(sandbox, clock, keyPrefix ? { redis, keyPrefix } : undefined);
  running.push(h);
  return h;
}

async function stop(h: Harness): Promise<void> {
  running.splice(running.indexOf(h), 1);
  await stopHarness(h);
}

/** The posts in a conversation (cards the scheduler sent, not the command's answers). */
function postsIn(h: Harness, conversationId: string): Record<string, unknown>[] {
  return h.connector
    .conversation(conversationId)
    .map((r) => r.activity.attachments?.[0]?.content)
    .filter(
      (card): card is Record<string, unknown> =>
        !!card &&
        /Stop this digest|Encerrar este resumo|停止此摘要|Termina questo riepilogo/.test(cardText(card)),
    );
}

describe('a renewals digest on one Redis', () => {
  const prefix = `digests-${Date.now()}:`;
  let a: Harness;
  beforeAll(async () => {
    a = await instance(prefix);
    await crawl(a, clock);
  });

  it('posts once at its hour, once only across two instances, from the index alone', async () => {
    const b = await instance(prefix);
    const thread = 'conv-digest-weekly';
    const ask = (h: Harness, text: string) =>
      sendToBot(h.app.url, a.connector, text, { conversationId: thread });

    const answer = cardText((await ask(b, 'digest renewals weekly')).cards.at(-1));
    expect(answer).toContain(
      'This thread gets the renewals digest every Monday at 8:00 AM UTC, for every customer',
    );
    expect(answer).toContain('The first comes Mar 2, 2026, 8:00 AM UTC.');
    expect(answer).not.toContain('a restart forgets them');

    // Before its hour: nothing.
    await tickAll([a, b]);
    clock.set('2026-03-02T07:59:00Z');
    await tickAll([a, b]);
    expect(postsIn(a, thread)).toHaveLength(0);

    // At its hour, both instances tick (each may lead): one post, with no Partner Center call.
    clock.set(MONDAY_8);
    sandbox.clearRequests();
    await tickAll([a, b]);
    await tickAll([b, a]);
    expect(sandbox.requests).toHaveLength(0);
    const posts = postsIn(a, thread);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expectValidCard(post);
    const text = cardText(post);
    expect(text).toContain('Renewals in the next 30 days');
    // The counts are the index's.
    const { index } = a.app;
    const now = clock.now;
    const count = async (kind: 'terms' | 'changes' | 'ends' | 'rollovers') =>
      (await index.subscriptionsEnding(now, now + DIGEST_HORIZON_MS, 0, 0, undefined, kind)).total;
    const termEnds = (await count('terms')) + (await count('changes'));
    expect(termEnds).toBeGreaterThan(5);
    expect(text).toContain(
      `Term ends of annual and multi-year subscriptions: ${termEnds.toLocaleString('en-US')}`,
    );
    expect(text).toContain(
      `Subscriptions that end (auto-renew off): ${(await count('ends')).toLocaleString('en-US')}`,
    );
    expect(text).toContain(
      `Monthly rollovers renewing as they are: ${(await count('rollovers')).toLocaleString('en-US')}`,
    );
    expect(text).toMatch(/Cancellation windows closing: \d/);
    expect(text).toMatch(/And [\d,]+ more\./);

    // Later that week: nothing more; the next Monday: one more.
    clock.set('2026-03-04T12:00:00Z');
    await tickAll([a, b]);
    expect(postsIn(a, thread)).toHaveLength(1);
    clock.set('2026-03-09T08:00:30Z');
    await tickAll([a, b]);
    await tickAll([b, a]);
    expect(postsIn(a, thread)).toHaveLength(2);
  });

  it("survives a restart with Redis, names Contoso's renewals, and lists and stops it", async () => {
    const thread = 'conv-digest-contoso';
    // Replies and posts go to a's connector, whichever instance answers (the activities' serviceUrl).
    const ask = (h: Harness, text: string) =>
      sendToBot(h.app.url, a.connector, text, { conversationId: thread });
    const first = await instance(prefix);
    expect(cardText((await ask(first, 'digest renewals daily for contoso')).cards.at(-1))).toContain(
      'every day at 8:00 AM UTC, for Contoso:',
    );
    expect(cardText((await ask(first, 'digest renewals daily for contoso')).cards.at(-1))).toContain(
      'This thread already gets this digest.',
    );

    // That instance goes; a new one on the same Redis knows the digest and posts it.
    await stop(first);
    const b = await instance(prefix);
    const listed = await ask(b, 'digests');
    expectValidCard(listed.cards.at(-1));
    expect(cardText(listed.cards.at(-1))).toContain(
      'Daily renewals digest, every day at 8:00 AM UTC · Contoso',
    );
    clock.set(MONDAY_8);
    // (Another instance may hold the scheduler's lock for a moment: the second round is b's.)
    await tickAll([b]);
    const [post] = postsIn(a, thread);
    expect(post).toBeDefined();
    const text = cardText(post);
    expect(text).toContain('Renewals of Contoso in the next 30 days');
    // Contoso's renewal book (dev/sandbox/renewals/contoso.ts), seen from Monday 08:00.
    expect(text).toMatch(/Contoso · Microsoft 365 E5 ×40 · 1 year, annual · term ends .* \(in 1[89] days\)/);
    expect(text).toMatch(/Contoso · Microsoft 365 Copilot ×25 · ends .* \(in 1[01] days\)/);
    expect(text).toMatch(
      /Exchange Online \(Plan 1\) ×15 · can be cancelled or reduced until .* \(in \d+ hours\)/,
    );
    expect(text).toContain('Visio Plan 2 ×5');
    // Its window closed 5 hours after the start.
    expect(text).not.toContain('Business Basic ×200 · can be cancelled');
    expect(text).not.toContain(SUBS.e3Triennial);

    expect(cardText((await ask(b, 'stop digest')).cards.at(-1))).toContain(
      'Stopped: Daily renewals digest, every day at 8:00 AM UTC · Contoso.',
    );
    expect(await b.app.state.digestStore.inConversation(thread)).toHaveLength(0);
  });
});

describe('a renewals digest in one process', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await instance();
    await crawl(h, clock);
  });

  it('ends the digest when the connector answers 403 (the bot was removed)', async () => {
    const thread = 'conv-digest-gone';
    await sendToBot(h.app.url, h.connector, 'digest renewals weekly', { conversationId: thread });
    expect(await h.app.state.digestStore.all()).toHaveLength(1);
    h.connector.faults.push({ status: 403, method: 'POST', conversationId: thread });
    clock.set(MONDAY_8);
    await h.app.digests.tick();
    expect(await h.app.state.digestStore.all()).toHaveLength(0);
    expect(h.logs.records().some((r) => r.msg === 'digest removed: its conversation is gone')).toBe(true);
    h.connector.faults.length = 0;
    clock.set('2026-03-09T08:00:00Z');
    await h.app.digests.tick();
    expect(h.connector.conversation(thread).filter((r) => r.method === 'POST')).toHaveLength(1); // the answer
  });

  it('asks which customer when a name is several, keeping the others', async () => {
    const thread = 'conv-digest-ambiguous';
    const turn = await sendToBot(h.app.url, h.connector, 'digest renewals weekly for contoso, fabrikam', {
      conversationId: thread,
    });
    const card = turn.cards.at(-1)!;
    expectValidCard(card);
    expect(cardText(card)).toContain('fabrikam');
    const data = JSON.stringify(card);
    expect(data).toMatch(/"customers":\["contoso","[0-9a-f-]{36}"\]/);
    expect(await h.app.state.digestStore.inConversation(thread)).toHaveLength(0);
  });

  it.each([
    ['en-US', 'Renewals of Contoso in the next 30 days', 'Cancellation windows of Contoso'],
    ['pt-BR', 'Renovações de Contoso nos próximos 30 dias', 'Janelas de cancelamento de Contoso'],
    ['zh-CN', 'Contoso 未来 30 天的续订', 'Contoso 的取消期'],
    ['it-IT', 'Rinnovi di Contoso nei prossimi 30 giorni', 'Finestre di annullamento di Contoso'],
  ])('renders every new card in %s', async (locale, digestTitle, windowsTitle) => {
    const thread = `conv-digest-${locale}`;
    const ask = async (text: string) => {
      const turn = await sendToBot(h.app.url, h.connector, text, { conversationId: thread, locale });
      const card = turn.cards.at(-1);
      expectValidCard(card);
      return cardText(card);
    };
    await ask('digest renewals daily for contoso');
    await ask('watch cancellation windows for contoso');
    await ask('digests');
    await h.app.digests.tick(); // the window closing in 5 hours
    clock.set(MONDAY_8);
    await h.app.digests.tick(); // the digest
    await ask('stop digest'); // which one? (two here)
    await ask('stop digests');
    expect(await h.app.state.digestStore.all()).toHaveLength(0);
    const cards = h.connector
      .conversation(thread)
      .map((r) => r.activity.attachments?.[0]?.content)
      .filter((c): c is Record<string, unknown> => !!c);
    for (const card of cards) expectValidCard(card);
    const texts = cards.map(cardText);
    expect(texts.some((t) => t.includes(digestTitle))).toBe(true);
    expect(texts.some((t) => t.includes(windowsTitle))).toBe(true);
    if (locale !== 'en-US') expect(texts.join('\n')).not.toMatch(/Renewals|Cancellation windows|This thread/);
  });
});
