// budgetBurst: 200 concurrent cold turns with 300 ms upstream, through one bot with the default partner budget
// (400 a minute, a burst of 50). Counts the Partner Center calls and the turns told "Partner Center is busy":
// every call the budget can serve before its turn's deadline must wait for its token, not be refused.
import { randomUUID } from 'node:crypto';
import { startApp } from '../src/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { bucketShape } from '../src/state/token-bucket';
import { startSandbox } from '../dev/sandbox';
import { startRecordingConnector } from './recording-connector';

const TURNS = 200;
/** Customers asked for, each by about 4 people: 2 calls each (orders, subscriptions), as in the issue (107). */
const CUSTOMERS = 58;
const LATENCY_MS = 300;
const BUDGET_PER_MINUTE = 400;
const TURN_DEADLINE_MS = 12_000;
/** The transport's default: a call waits for a token only while this much of its turn is left. */
const SEND_RESERVE_MS = 1_000;
const BUSY = 'Partner Center is busy';

export interface BudgetBurstFigures {
  turns: number;
  upstreamLatencyMs: number;
  budgetPerMinute: number;
  burst: number;
  upstreamCalls: number;
  /** Calls the budget can serve before the deadline: the burst plus the refill until deadline less reserve. */
  servableWithinDeadline: number;
  busy: number;
  busyShare: number;
  /** Turns that got no answer with the orders (busy, timed out, or another error). */
  unanswered: number;
}

export async function measureBudgetBurst(): Promise<BudgetBurstFigures> {
  const connector = await startRecordingConnector();
  const sandbox = await startSandbox({ port: 0, extraCustomers: CUSTOMERS });
  const env = {
    PORT: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    PARTNER_CENTER_BUDGET_PER_MINUTE: String(BUDGET_PER_MINUTE),
    TURN_DEADLINE_MS: String(TURN_DEADLINE_MS),
  };
  const app = await startApp(readConfig(env), createLogger('silent'), { sandbox });
  try {
    await app.directoryReady;
    // The directory's load took a few tokens: let the bucket fill again, so the burst starts from a full one.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    sandbox.knobs.latencyMs = LATENCY_MS;
    sandbox.clearRequests();
    const run = randomUUID();
    await Promise.all(
      Array.from({ length: TURNS }, (_, i) => {
        const customer = `Extra Customer ${String((i % CUSTOMERS) + 1).padStart(4, '0')}`;
        return turn(app.url, connector.url, `${run}-${i}`, `orders for ${customer}`);
      }),
    );
    // The last reply of a conversation is its answer (a progress card before it is replaced or followed).
    const answers = [...connector.byConversation.values()].map((texts) => texts.at(-1) ?? '');
    const busy = answers.filter((text) => text.includes(BUSY)).length;
    const withOrders = answers.filter(
      (t) => t.includes('Extra Customer') && !t.includes('Looking up'),
    ).length;
    const { capacity } = bucketShape(BUDGET_PER_MINUTE);
    const windowMs = TURN_DEADLINE_MS - SEND_RESERVE_MS;
    return {
      turns: TURNS,
      upstreamLatencyMs: LATENCY_MS,
      budgetPerMinute: BUDGET_PER_MINUTE,
      burst: capacity,
      upstreamCalls: sandbox.requests.length,
      servableWithinDeadline: Math.floor(capacity + (BUDGET_PER_MINUTE / 60_000) * windowMs),
      busy,
      busyShare: Math.round((busy / TURNS) * 1000) / 1000,
      unanswered: TURNS - withOrders,
    };
  } finally {
    await app.close();
    await sandbox.close();
    await connector.close();
  }
}

/** One person's turn in a conversation of its own; resolves when the bot has answered the POST. */
async function turn(botUrl: string, serviceUrl: string, id: string, text: string): Promise<void> {
  const activity = {
    type: 'message',
    id,
    serviceUrl,
    channelId: 'emulator',
    from: { id: `person-${id}`, name: 'Bench' },
    conversation: { id: `conversation-${id}` },
    recipient: { id: 'bot', name: 'Bot' },
    text,
    locale: 'en-US',
  };
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await res.arrayBuffer();
}
