// Two bot instances on one Redis and one sandbox, driven like the Emulator: what one answered, the other
// answers from the shared tier; cold commands on both make one upstream call; limits and retries hold across
// both; a lock holder that is cut off delays the other by at most the lock TTL; Redis going away loses nothing.

import type { AppOptions } from '../../src/app';
import { cardText, emulatorActivity, sendToBot } from '../support/emulator';
import { startRedis, type TestRedis } from '../support/redis';
import { messages, postRaw, startHarness, stopHarness, type Harness } from '../support/harness';

const LOCK_TTL_MS = 1_500;

let redis: TestRedis;
let a: Harness | undefined;
let b: Harness | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.close());
afterEach(async () => {
  await stopHarness(b);
  await stopHarness(a);
  a = b = undefined;
});

/** Two instances with their own key prefix; the second talks to the first one's sandbox. */
async function twoInstances(
  env: Record<string, string> = {},
  lockTtlMs = LOCK_TTL_MS,
  first: AppOptions = {},
): Promise<[Harness, Harness]> {
  const redisOptions = { keyPrefix: redis.prefix(), lockTtlMs };
  const full = { REDIS_URL: redis.url, ...env };
  a = await startHarness(full, { ...first, redis: redisOptions });
  b = await startHarness(full, { redis: redisOptions, sandbox: a.app.sandbox });
  return [a, b];
}

const ask = (h: Harness, text: string) => sendToBot(h.app.url, h.connector, text);
const answerText = (turn: Awaited<ReturnType<typeof ask>>) => cardText(turn.cards.at(-1));
const ordersCalls = (h: Harness) => h.app.sandbox!.requests.filter((r) => /\/orders$/i.test(r.path)).length;

describe('two instances on one Redis', () => {
  it('the second answers what the first just answered with no upstream call', async () => {
    const [first, second] = await twoInstances();
    expect(answerText(await ask(first, 'orders for contoso'))).toContain('Contoso');
    first.app.sandbox!.clearRequests();
    expect(answerText(await ask(second, 'orders for contoso'))).toContain('Contoso');
    expect(first.app.sandbox!.requests).toHaveLength(0);
  });

  it('2 × 25 concurrent identical cold commands make one upstream orders call', async () => {
    // The default lock TTL: a busy CI machine may take longer than the short one to answer 50 turns.
    const [first, second] = await twoInstances({}, 10_000);
    first.app.sandbox!.knobs.latencyMs = 200;
    const turns = await Promise.all(
      [first, second].flatMap((h) => Array.from({ length: 25 }, () => ask(h, 'orders for contoso'))),
    );
    for (const turn of turns) expect(answerText(turn)).toContain('Contoso');
    expect(ordersCalls(first)).toBe(1);
  });

  it('holds the per-person limit across both', async () => {
    const [first, second] = await twoInstances({ RATE_LIMIT_PER_MINUTE: '2' });
    // "refresh" skips the cache, so every one of these needs Partner Center and counts.
    expect(answerText(await ask(first, 'orders for contoso refresh'))).toContain('Contoso');
    expect(answerText(await ask(second, 'orders for contoso refresh'))).toContain('Contoso');
    expect(answerText(await ask(first, 'orders for contoso refresh'))).toMatch(/Please slow down/);
    expect(answerText(await ask(second, 'orders for contoso refresh'))).toMatch(/Please slow down/);
  });

  it('does not process again a retried activity sent to the other instance', async () => {
    const [first, second] = await twoInstances();
    const activity = emulatorActivity(first.connector.url, 'help');
    expect((await postRaw(first.app.url, JSON.stringify(activity))).status).toBe(200);
    expect((await postRaw(second.app.url, JSON.stringify(activity))).status).toBe(200);
    const conversationId = (activity.conversation as { id: string }).id;
    const answers = first.connector.conversation(conversationId).filter((r) => r.activity.type === 'message');
    expect(answers).toHaveLength(1);
    expect(second.logs.records().filter((r) => r.msg === 'repeated activity ignored')).toHaveLength(1);
  });

  it('finishes on the other instance within the lock TTL when the lock holder is cut off', async () => {
    // The holder's hung call ends with its turn: a short deadline, so the test does not wait out the default.
    const [holder, other] = await twoInstances({}, LOCK_TTL_MS, { turnDeadlineMs: 4_000 });
    const sandbox = holder.app.sandbox!;
    // Resolve the customer first, so the only call left is the orders call the holder takes the lock for.
    await ask(holder, 'orders for contoso monthly');
    sandbox.knobs.faults.push({ match: '/orders', status: 200, hang: true, times: 1 });
    const stuck = ask(holder, 'orders for contoso');
    for (let i = 0; i < 100 && ordersCalls(holder) < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(ordersCalls(holder)).toBe(2); // the holder's call is hanging, with the lock taken
    // The holder "dies": its Redis connection goes, so it can neither release the lock nor share a result.
    await holder.app.state.close();
    const started = Date.now();
    const turn = await ask(other, 'orders for contoso');
    const took = Date.now() - started;
    expect(answerText(turn)).toContain('Contoso');
    // What the same call takes with no lock to wait for, on this machine now (a busy one is slow): the rest of
    // the wait is the lock's, at most its TTL.
    const alone = Date.now();
    expect(answerText(await ask(other, 'orders for contoso refresh'))).toContain('Contoso');
    expect(took - (Date.now() - alone)).toBeLessThan(LOCK_TTL_MS + 2_000);
    await stuck;
  }, 40_000);

  it('loses no answer when Redis stops mid-run, and says redis: degraded while staying ready', async () => {
    const [first, second] = await twoInstances();
    expect(answerText(await ask(first, 'orders for contoso'))).toContain('Contoso');
    await redis.stopServer();
    try {
      const turns = await Promise.all([
        ask(first, 'orders for contoso'),
        ask(second, 'orders for contoso'),
        ask(second, 'orders for northwind'),
        ask(first, 'help'),
      ]);
      for (const turn of turns) expect(messages(turn).length).toBeGreaterThanOrEqual(1);
      expect(answerText(turns[0]!)).toContain('Contoso');
      expect(answerText(turns[1]!)).toContain('Contoso');
      expect(answerText(turns[2]!)).toContain('Northwind');
      const ready = await fetch(`${second.app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, dependencies: { redis: 'degraded' } });
      const metrics = await (await fetch(`${second.app.url}/metrics`)).text();
      expect(metrics).toMatch(/^pcbot_shared_tier_fallbacks_total\{operation="\w+"\} [1-9]\d*$/m);
      const warnings = second.logs.records().filter((r) => /Redis unreachable/.test(String(r.msg)));
      expect(warnings).toHaveLength(1);
    } finally {
      await redis.startServer();
    }
  });
});
