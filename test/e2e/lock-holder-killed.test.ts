// A lock holder killed for real: a second bot, the built entry point in its own process on the same Redis, takes
// the cross-instance lock for an orders call that hangs and is SIGKILLed holding it. This instance's same command
// then finishes within the lock's TTL, with one orders call of its own. (two-instances.test.ts cuts a holder's
// Redis connection inside one process; this is the process dying.)

import { DEFAULT_LOCK_TTL_MS } from '../../src/state/redis';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { startRedis, type TestRedis } from '../support/redis';

let redis: TestRedis;
let h: Harness | undefined;
let other: BotProcess | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.close());
afterEach(async () => {
  if (other?.child.exitCode === null && other.child.signalCode === null) other.child.kill('SIGKILL');
  await stopHarness(h);
  h = other = undefined;
});

const ordersCalls = (requests: { path: string }[]) =>
  requests.filter((r) => /\/orders$/i.test(r.path)).length;

describe('a lock holder that dies', () => {
  it('delays the other instance by no more than the lock TTL', async () => {
    // The other process uses the default key prefix and lock TTL: startRedis() gives a server of our own.
    const shared = {
      REDIS_URL: redis.url,
      CUSTOMER_DIRECTORY_REFRESH_MINUTES: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    };
    h = await startHarness(shared, { redis: { keyPrefix: 'pcbot:' } });
    other = await startBotProcess(shared, { sandbox: true });
    const knobs = await fetch(`${other.sandboxUrl}/_sandbox/knobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ match: '/orders', status: 200, hang: true }] }),
    });
    expect(knobs.status).toBe(200);

    const stuck = sendToBot(other.botUrl, h.connector, 'orders for contoso').catch(() => undefined);
    const recorded = async () =>
      ordersCalls(
        (await (await fetch(`${other!.sandboxUrl}/_sandbox/requests`)).json()) as { path: string }[],
      );
    for (let i = 0; i < 200 && (await recorded()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await recorded()).toBe(1); // its orders call hangs, with the lock taken in Redis
    other.child.kill('SIGKILL');
    await other.exited;
    await stuck;

    const started = Date.now();
    const turn = await sendToBot(h.app.url, h.connector, 'orders for contoso');
    const took = Date.now() - started;
    expect(cardText(turn.cards.at(-1))).toContain('Contoso');
    expect(ordersCalls(h.app.sandbox!.requests)).toBe(1);
    // Beyond what the same call takes alone on this machine now (a busy one is slow), the wait is the lock's.
    const alone = Date.now();
    await sendToBot(h.app.url, h.connector, 'orders for contoso refresh');
    expect(took - (Date.now() - alone)).toBeLessThan(DEFAULT_LOCK_TTL_MS + 2_000);
  }, 40_000);
});
