import { sendToBot } from '../support/emulator';
import { messages, startHarness, stopHarness, type Harness } from '../server/harness';

// The Bot Connector refusing or ignoring the bot's replies, over real sockets and the real botbuilder pipeline.

let harness: Harness;
const uncaught: unknown[] = [];
const record = (err: unknown) => uncaught.push(err);
beforeAll(async () => {
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
});
beforeEach(() => {
  harness.app.sandbox!.knobs.reset();
  harness.connector.faults = [];
  uncaught.length = 0;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a connector that answers 429', () => {
  it('does not end the process, and the next turn is answered', async () => {
    harness.app.sandbox!.knobs.latencyMs = 700;
    harness.connector.faults.push({ status: 429, retryAfterSeconds: 1, times: 12 });
    const first = await sendToBot(harness.app.url, harness.connector, 'orders for contoso');
    expect(first.status).toBe(200);
    // Anything still in flight from that turn (a typing indicator) finishes or fails here.
    await sleep(6000);
    expect(uncaught).toEqual([]);
    harness.connector.faults = [];
    harness.app.sandbox!.knobs.latencyMs = 0;
    const next = await sendToBot(harness.app.url, harness.connector, 'help');
    expect(messages(next)).toHaveLength(1);
  }, 30000);
});
