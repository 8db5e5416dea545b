// Redis under faults, with two instances of the bot on one Redis (our own redis-server) and one sandbox: a stall
// (DEBUG SLEEP, SIGSTOP/SIGCONT), a full Redis (maxmemory + noeviction), a flush and a restart without
// persistence. For each: turns are answered (watch commands say what they can, never "Something went wrong"),
// no notice is lost or sent twice, /readyz says "degraded" while it lasts and "ok" soon after, and no log line
// holds a display name, an aadObjectId, a service URL, a customer name or an amount.
// Time the poller sees is moved by the test (a notice's lease is minutes); real waits are the faults' own.

import { Redis } from 'ioredis';
import { CONTOSO_ORDER_IDS } from '../../dev/sandbox';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { startRedis, type TestRedis } from '../support/redis';

const ORDER = CONTOSO_ORDER_IDS.riD1Pending;
const DISPLAY_NAME = 'Ada Lovelace';
const AAD_OBJECT_ID = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
/** Contoso's name and the amounts on its orders: partner data that must never reach a log. */
const PARTNER_DATA = ['Contoso', '402.96', '34267.92', '17133.96'];
const NOTICE = /Status: .+ → /;

let redis: TestRedis;
let admin: Redis;
let a: Harness;
let b: Harness;
/** What the pollers take for now: moved forward instead of waiting. */
let ahead = 0;
let serverStopped = false;
const now = () => Date.now() + ahead;

beforeAll(async () => {
  redis = await startRedis();
  admin = new Redis(redis.url, { maxRetriesPerRequest: 0 });
  admin.on('error', () => undefined);
});
afterAll(async () => {
  admin?.disconnect();
  await redis.close();
});
beforeEach(async () => {
  ahead = 0;
  const prefix = redis.prefix();
  const options = { redis: { keyPrefix: prefix }, watch: { lockTtlMs: 300, tickMs: 60_000, now } };
  a = await startHarness({ REDIS_URL: redis.url }, options);
  b = await startHarness({ REDIS_URL: redis.url }, { ...options, sandbox: a.app.sandbox });
});
afterEach(async () => {
  redis.resumeServer();
  if (serverStopped) await redis.startServer();
  serverStopped = false;
  await admin.config('SET', 'maxmemory', '0').catch(() => undefined);
  await stopHarness(b);
  await stopHarness(a);
});

/** After the fault: the poller's rounds (and a later one, past any lease) announce the change exactly once. */
async function exactlyOneNoticeOnceRecovered(): Promise<void> {
  await pollerRounds();
  ahead = 4 * 60_000;
  await pollerRounds();
  expect(notices()).toHaveLength(1);
  expectReachableAgainLogged();
  expectHonestLogs();
}

/** Each case needs a server of its own to stall, fill, flush and restart. */
function faultCase(name: string, run: () => Promise<void>): void {
  it(name, run, 40_000);
}

const CONVERSATION = 'conv-redis-faults';
/** A person in one conversation; replies go to a's connector whichever instance answers. */
async function ask(h: Harness, text: string): Promise<string> {
  const turn = await sendToBot(h.app.url, a.connector, text, {
    conversationId: CONVERSATION,
    extra: { from: { id: 'user-1', name: DISPLAY_NAME, aadObjectId: AAD_OBJECT_ID, role: 'user' } },
  });
  expect(turn.status).toBe(200);
  expect(turn.cards.length).toBeGreaterThan(0); // answered, never silence
  const text_ = cardText(turn.cards.at(-1));
  expect(text_).not.toMatch(/Something went wrong/i);
  return text_;
}

const notices = () =>
  a.connector
    .conversation(CONVERSATION)
    .filter((r) => NOTICE.test(cardText(r.activity.attachments?.[0]?.content)));

async function tickBoth(): Promise<void> {
  await Promise.all([a.app.poller.tick(true), b.app.poller.tick(true)]);
}

/** Ticks (the lock is short) until one of the two pollers has led a round since the order changed. */
async function pollerRounds(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) {
    await tickBoth();
    await new Promise((r) => setTimeout(r, 350)); // the 300 ms lock lapses: either may lead next
  }
}

async function redisHealth(h: Harness): Promise<string | undefined> {
  const report = (await (await fetch(`${h.app.url}/readyz`)).json()) as { dependencies?: { redis?: string } };
  return report.dependencies?.redis;
}

/** /readyz says "ok" again soon after Redis answers: waits up to 8 s for it (a condition, not a timing). */
async function expectBackToOk(): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await redisHealth(a)) === 'ok' && (await redisHealth(b)) === 'ok') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect([await redisHealth(a), await redisHealth(b)]).toEqual(['ok', 'ok']);
}

/** Every line both instances logged: nothing private, and each going-down / coming-back said once at most. */
function expectHonestLogs(): void {
  const forbidden = [DISPLAY_NAME, AAD_OBJECT_ID, a.connector.url, ...PARTNER_DATA];
  for (const h of [a, b]) {
    const records = h.logs.records().map((r) => {
      // The audit line's `user` is who asked, by design (README, Security model): the only id kept.
      const audit = r.audit as Record<string, unknown> | undefined;
      return audit ? { ...r, audit: { ...audit, user: undefined } } : r;
    });
    const text = JSON.stringify(records);
    for (const value of forbidden) expect(text).not.toContain(value);
    expect(text).not.toMatch(/\b(?:USD|EUR|GBP)\s?\d/);
    const again = records.filter((r) => /Redis reachable again/.test(String(r.msg)));
    expect(again.length).toBeLessThanOrEqual(1);
  }
}

/** Coming back was said (once per instance that went down: expectHonestLogs holds the "once"). */
function expectReachableAgainLogged(): void {
  const said = [a, b]
    .flatMap((h) => h.logs.records())
    .filter((r) => /Redis reachable again/.test(String(r.msg)));
  expect(said.length).toBeGreaterThanOrEqual(1);
}

async function watchTheOrder(): Promise<void> {
  expect(await ask(a, `watch order ${ORDER} for contoso`)).toContain('Watching order');
  // Both instances have read this conversation's watches once: each holds a copy.
  expect(await ask(a, 'watches')).toContain(ORDER);
  expect(await ask(b, 'watches')).toContain(ORDER);
}

async function completeTheOrder(): Promise<void> {
  await fetch(`${a.app.sandbox!.url}/_sandbox/orders/${ORDER}/complete`, { method: 'POST' });
}

const LAST_COPY = /last copy/;
const CANNOT_CHANGE = /cannot be changed right now/;
const lossLines = () =>
  [a, b].flatMap((h) => h.logs.records()).filter((r) => /stored watches were lost/.test(String(r.msg)));

describe('Redis faults with two instances', () => {
  faultCase('a 2 s stall (DEBUG SLEEP) while a notice is sent: sent once, and /readyz recovers', async () => {
    await watchTheOrder();
    await completeTheOrder();
    let stall: Promise<unknown> | undefined;
    const sleeper = new Redis(redis.url);
    a.connector.onAccept = (received) => {
      if (!stall && NOTICE.test(cardText(received.activity.attachments?.[0]?.content)))
        stall = sleeper.call('DEBUG', 'SLEEP', '2');
    };
    const round = tickBoth();
    for (let i = 0; i < 100 && !stall; i++) await new Promise((r) => setTimeout(r, 20));
    expect(stall).toBeDefined();
    // While Redis sleeps: the list from the last copy, a change refused plainly, orders still answered.
    expect(await ask(b, 'watches')).toMatch(LAST_COPY);
    expect(await ask(b, `unwatch ${ORDER}`)).toMatch(CANNOT_CHANGE);
    expect(await ask(b, 'orders for contoso')).toContain('Contoso');
    await stall;
    await round;
    sleeper.disconnect();
    // Minutes later, whoever leads: nothing is sent again.
    ahead = 4 * 60_000;
    await pollerRounds();
    expect(notices()).toHaveLength(1);
    await expectBackToOk();
    expectReachableAgainLogged();
    expectHonestLogs();
  });

  faultCase(
    'a 2 s SIGSTOP: watch, unwatch and watches answer plainly; the change notice still comes once',
    async () => {
      await watchTheOrder();
      redis.pauseServer();
      try {
        expect(await ask(b, `watch order ${CONTOSO_ORDER_IDS.riD1Pending} for contoso`)).toMatch(
          CANNOT_CHANGE,
        );
        expect(await ask(a, 'unwatch all')).toMatch(CANNOT_CHANGE);
        const listed = await ask(a, 'watches');
        expect(listed).toMatch(LAST_COPY);
        expect(listed).toContain(ORDER);
        expect([await redisHealth(a), await redisHealth(b)]).toEqual(['degraded', 'degraded']);
        // Each refusal is logged by kind, key class and correlation id.
        const failed = b.logs.records().find((r) => r.msg === 'command failed');
        expect(failed).toMatchObject({
          correlationId: expect.any(String),
          err: { keyClass: 'watch', operation: 'add', kind: 'timeout' },
        });
        await new Promise((r) => setTimeout(r, 1_000));
      } finally {
        redis.resumeServer();
      }
      await expectBackToOk();
      await completeTheOrder();
      await exactlyOneNoticeOnceRecovered();
    },
  );

  faultCase(
    'a full Redis (maxmemory, noeviction): watch refused plainly, nothing private logged, notice after',
    async () => {
      await watchTheOrder();
      await admin.config('SET', 'maxmemory-policy', 'noeviction');
      await admin.config('SET', 'maxmemory', '1');
      await completeTheOrder();
      await pollerRounds(2); // the change cannot be stored: not announced yet, not lost
      expect(await ask(b, `watch order ${CONTOSO_ORDER_IDS.riNc12ThreeYearsPending} for contoso`)).toMatch(
        CANNOT_CHANGE,
      );
      expect(await ask(a, 'orders for contoso')).toContain('Contoso');
      expect(await redisHealth(b)).toBe('degraded');
      await admin.config('SET', 'maxmemory', '0');
      await expectBackToOk();
      await exactlyOneNoticeOnceRecovered();
    },
  );

  faultCase('FLUSHALL: the loss is logged once, and a new watch is announced once', async () => {
    await watchTheOrder();
    await admin.flushall();
    await pollerRounds();
    expect(await ask(a, 'watches')).not.toContain(ORDER);
    expect(await ask(b, 'watches')).not.toContain(ORDER);
    expect(lossLines()).toHaveLength(1);
    expect(await ask(b, `watch order ${ORDER} for contoso`)).toContain('Watching order');
    await completeTheOrder();
    await pollerRounds();
    expect(notices()).toHaveLength(1);
    expect(lossLines()).toHaveLength(1);
    expect([await redisHealth(a), await redisHealth(b)]).toEqual(['ok', 'ok']);
    expectHonestLogs();
  });

  faultCase(
    'killed and restarted empty on the same port: answers meanwhile, loss logged once, ok again',
    async () => {
      await watchTheOrder();
      await redis.stopServer();
      serverStopped = true;
      expect(await ask(a, 'watches')).toMatch(LAST_COPY);
      expect(await ask(b, `unwatch ${ORDER}`)).toMatch(CANNOT_CHANGE);
      expect(await ask(b, 'orders for contoso')).toContain('Contoso');
      expect(await redisHealth(a)).toBe('degraded');
      await redis.startServer();
      serverStopped = false;
      await expectBackToOk();
      await pollerRounds();
      await ask(a, 'watches');
      await ask(b, 'watches');
      expect(lossLines()).toHaveLength(1);
      expect(await ask(b, `watch order ${ORDER} for contoso`)).toContain('Watching order');
      await completeTheOrder();
      await pollerRounds();
      expect(notices()).toHaveLength(1);
      expectReachableAgainLogged();
      expectHonestLogs();
    },
  );
});
