import { createAdapter } from '../../src/bot/adapter';
import { OrdersBot } from '../../src/bot/orders-bot';
import { createLogger } from '../../src/logging/logger';
import type { PartnerCenterApi } from '../../src/partnercenter/api';
import type { RequestContext } from '../../src/partnercenter/request-context';
import { TestConnector } from '../support/connector';
import { cardText, emulatorActivity } from '../support/emulator';
import { LogCapture } from '../support/harness';
import { fakeResponse, request } from './fake-response';
import { REGISTRY } from '../../src/commands/registry';

// The bot keeps its deadline even when a Partner Center call ignores the turn's signal: it answers with the
// timeout card shortly after the deadline and drops the late result. (The real client honours the signal; see
// test/e2e/turn-deadline.test.ts. This stub API stands in for a future call that does not.)

const EMULATOR_AUTH = { appId: '', appPassword: '', appType: 'MultiTenant' as const, appTenantId: '' };
const DEADLINE_MS = 600;

let connector: TestConnector;
beforeAll(async () => {
  connector = await new TestConnector().start();
});
afterAll(() => connector.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('answers at the deadline, once, and the turn signal has aborted', async () => {
  const signals: (AbortSignal | undefined)[] = [];
  // The first call ignores the signal: it answers only when the test lets it, after the deadline has passed.
  let answerLate!: () => void;
  const late = new Promise<void>((resolve) => (answerLate = resolve));
  let lateAnswered!: () => void;
  const lateDone = new Promise<void>((resolve) => (lateAnswered = resolve));
  const api = {
    searchCustomers: async (_field: string, _value: string, ctx: RequestContext) => {
      signals.push(ctx.signal);
      if (signals.length === 1) {
        await late;
        setImmediate(lateAnswered);
      }
      return [];
    },
  } as unknown as PartnerCenterApi;
  const logs = new LogCapture();
  const logger = createLogger('info', logs);
  const adapter = createAdapter(EMULATOR_AUTH, logger, { timing: { turnDeadlineMs: DEADLINE_MS } });
  const bot = new OrdersBot({ commands: REGISTRY, api, logger, progressAfterMs: 100 });
  const activity = emulatorActivity(connector.url, 'orders for contoso');
  const conversationId = (activity.conversation as { id: string }).id;

  const started = Date.now();
  await adapter.process(request(activity), fakeResponse(), (context) => bot.run(context));
  // Deadline + the 1 s grace for stale data; generous upper margin.
  expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 1000 + 1500);
  expect(signals[0]!.aborted).toBe(true);

  const replies = connector.conversation(conversationId).filter((r) => r.activity.type === 'message');
  expect(replies.map((r) => r.method)).toEqual(['POST', 'PUT']);
  const answer = cardText(replies[1]!.activity.attachments![0]!.content);
  const audit = logs.audits()[0]!;
  expect(audit).toMatchObject({ command: 'orders', result: 'timeout' });
  expect(answer).toContain(String(audit.correlationId));

  answerLate(); // the stub's late result comes back (and the command ends), and is dropped
  await lateDone;
  await sleep(50);
  expect(connector.conversation(conversationId).filter((r) => r.activity.type === 'message')).toHaveLength(2);
  expect(logs.audits()).toHaveLength(1);
});
