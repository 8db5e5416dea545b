import { sendToBot } from '../support/emulator';
import { messages, startHarness, stopHarness, type Harness } from '../support/harness';

// The Bot Connector refusing or ignoring the bot's replies (429 with Retry-After, 500, no answer at all), over
// real sockets and the real botbuilder pipeline. The connector is the activity's serviceUrl (test/support).

let harness: Harness;
const uncaught: unknown[] = [];
const record = (err: unknown) => uncaught.push(err);
beforeAll(async () => {
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  harness = await startHarness(
    {},
    { reply: { attemptTimeoutMs: 1000, retryDelayMs: 50, maxRetryDelayMs: 200 } },
  );
});
afterAll(async () => {
  await stopHarness(harness);
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
});
beforeEach(() => {
  harness.app.sandbox!.knobs.reset();
  harness.connector.faults = [];
  harness.app.cache.clear();
  harness.logs.clear();
  uncaught.length = 0;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ask = (text: string) => sendToBot(harness.app.url, harness.connector, text);
const messageAttempts = (conversationId: string) =>
  harness.connector.attemptsOf(conversationId).filter((a) => a.activityType === 'message');
const lastAudit = () => harness.logs.audits().at(-1);

describe('a connector that answers 429', () => {
  it('does not end the process (typing timer, onTurnError), and the next turn is answered', async () => {
    // Slow enough for a typing indicator, which gets the 429 too.
    harness.app.sandbox!.knobs.latencyMs = 700;
    harness.connector.faults.push({ status: 429, retryAfterSeconds: 1, times: 12 });
    const first = await ask('orders for contoso');
    expect(first.status).toBe(200);
    expect(first.replies).toEqual([]);
    // Whatever was still in flight from that turn fails now, after it ended (this was the crash).
    await sleep(3000);
    expect(uncaught).toEqual([]);

    harness.connector.faults = [];
    harness.app.sandbox!.knobs.latencyMs = 0;
    const next = await ask('help');
    expect(messages(next)).toHaveLength(1);
    expect(uncaught).toEqual([]);
  }, 30000);

  it('retries honouring Retry-After, a bounded number of times, then gives up with a log and an audit line', async () => {
    harness.connector.faults.push({ status: 429, retryAfterSeconds: 1, activityType: 'message' });
    const started = Date.now();
    const turn = await ask('help');
    const elapsed = Date.now() - started;
    expect(turn.status).toBe(200);
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([429, 429, 429, 429]);
    // Three waits of Retry-After: 1 s each (lower bound only; no upper bound on a busy machine).
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(lastAudit()).toMatchObject({ command: 'help', result: 'replyFailed' });
    const failure = harness.logs.records().find((r) => r.msg === 'could not send the reply');
    expect(failure).toMatchObject({ level: 50, reply: { status: 429 } });
    expect(harness.logs.records().filter((r) => r.msg === 'unhandled turn error')).toEqual([]);
  }, 20000);

  it('delivers the answer when the connector takes it on a retry', async () => {
    harness.connector.faults.push({ status: 429, retryAfterSeconds: 0, times: 2, activityType: 'message' });
    const turn = await ask('help');
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([429, 429, 200]);
    expect(messages(turn)).toHaveLength(1);
    expect(lastAudit()).toMatchObject({ command: 'help', result: 'help' });
  });

  it('gives up at once when Retry-After does not fit in the turn', async () => {
    harness.connector.faults.push({ status: 429, retryAfterSeconds: 120, activityType: 'message' });
    const turn = await ask('help');
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([429]);
    expect(lastAudit()).toMatchObject({ result: 'replyFailed' });
  });
});

describe('a connector that answers 500', () => {
  it('retries with backoff and delivers when it recovers', async () => {
    harness.connector.faults.push({ status: 500, times: 2, activityType: 'message' });
    const turn = await ask('help');
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([500, 500, 200]);
    expect(messages(turn)).toHaveLength(1);
  });

  it('gives up after the last retry, and the process carries on', async () => {
    harness.app.sandbox!.knobs.latencyMs = 700;
    harness.connector.faults.push({ status: 500 });
    const turn = await ask('orders for contoso');
    expect(turn.status).toBe(200);
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([500, 500, 500, 500]);
    expect(lastAudit()).toMatchObject({ command: 'orders', result: 'replyFailed' });
    await sleep(1000);
    expect(uncaught).toEqual([]);
  });
});

describe('a connector that never answers', () => {
  it('does not hold the inbound request: the attempt times out and is not re-sent', async () => {
    harness.connector.faults.push({ hang: true, activityType: 'message', times: 1 });
    const started = Date.now();
    const turn = await ask('help');
    // attemptTimeoutMs is 1 s here; the default is 5 s. Generous margin for a busy machine.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(turn.status).toBe(200);
    // A POST that timed out may have arrived: it is not sent again.
    expect(messageAttempts(turn.conversationId).map((a) => a.status)).toEqual([0]);
    expect(lastAudit()).toMatchObject({ result: 'replyFailed' });
    const failure = harness.logs.records().find((r) => r.msg === 'could not send the reply');
    expect(failure).toMatchObject({ reply: { code: 'REPLY_TIMEOUT' } });
  });
});

describe('typing indicators', () => {
  it('stop when the turn ends', async () => {
    harness.app.sandbox!.knobs.latencyMs = 500;
    const turn = await ask('orders for contoso');
    expect(messages(turn)).toHaveLength(1);
    const typing = () =>
      harness.connector.attemptsOf(turn.conversationId).filter((a) => a.activityType === 'typing').length;
    const atEnd = typing();
    expect(atEnd).toBeGreaterThanOrEqual(1);
    await sleep(2500);
    expect(typing()).toBe(atEnd);
  });
});
