// Watches in the shared tier: two instances on one Redis announce a change exactly once, and an instance
// started again later still has the watch.

import { cardText, sendToBot } from '../support/emulator';
import { startRedis, type TestRedis } from '../support/redis';
import { startHarness, stopHarness, type Harness } from '../support/harness';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let redis: TestRedis;
const running: Harness[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.close());
afterEach(async () => {
  for (const h of running.reverse()) await stopHarness(h);
  running.length = 0;
});

async function instance(prefix: string, sandboxOf?: Harness): Promise<Harness> {
  const h = await startHarness(
    { REDIS_URL: redis.url },
    {
      redis: { keyPrefix: prefix },
      sandbox: sandboxOf?.app.sandbox,
      watch: { lockTtlMs: 300, tickMs: 60_000 },
    },
  );
  running.push(h);
  return h;
}

describe('watches on one Redis', () => {
  it('survive a restart and are announced exactly once by two instances', async () => {
    const prefix = redis.prefix();
    const a = await instance(prefix);
    const b = await instance(prefix, a);
    const conversation = 'conv-shared-watch';
    // Replies go to a's connector whichever instance answers (it is the activities' serviceUrl).
    const ask = (h: Harness, text: string) =>
      sendToBot(h.app.url, a.connector, text, { conversationId: conversation });

    const watched = await ask(b, `watch order ${ORDER} for contoso`);
    expect(cardText(watched.cards.at(-1))).toContain('Watching order');
    expect(cardText(watched.cards.at(-1))).not.toContain('a restart forgets them');

    // b stops; a new instance on the same Redis still knows the watch.
    await stopHarness(running.splice(running.indexOf(b), 1)[0]);
    const b2 = await instance(prefix, a);
    expect(cardText((await ask(b2, 'watches')).cards.at(-1))).toContain(ORDER);

    await fetch(`${a.app.sandbox!.url}/_sandbox/orders/${ORDER}/complete`, { method: 'POST' });
    const before = a.connector.conversation(conversation).length;
    await Promise.all([a.app.poller.tick(true), b2.app.poller.tick(true)]);
    await new Promise((r) => setTimeout(r, 400)); // the lock lapses: the other may lead now
    await Promise.all([b2.app.poller.tick(true), a.app.poller.tick(true)]);
    const notices = a.connector
      .conversation(conversation)
      .slice(before)
      .filter((r) => /changed/.test(cardText(r.activity.attachments?.[0]?.content)));
    expect(notices).toHaveLength(1);
    expect(await b2.app.state.watchStore.all()).toHaveLength(0);
  });
});
