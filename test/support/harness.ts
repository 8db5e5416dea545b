// The one app harness of the tests: the real app (sandbox, client, cache, botbuilder, restify) on random loopback
// ports with a logger whose output the test reads, a connector for its replies, and helpers to talk to it the
// way Teams, the Emulator and a hostile caller would.

import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { startApp, type AppOptions, type RunningApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { TestConnector } from './connector';
import { sendToBot, type SendOptions, type TurnResult } from './emulator';

// The Emulator's activity and the card extraction live in ./emulator; re-exported for the tests.
export { cardsOf, emulatorActivity } from './emulator';

export type LogRecord = Record<string, unknown> & { msg?: string; level?: number };

/** A pino destination that keeps every line in memory. */
export class LogCapture implements DestinationStream {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }

  /** Every line parsed, in order. */
  records(): LogRecord[] {
    return this.lines.map((line) => JSON.parse(line) as LogRecord);
  }

  /** The `audit` objects of the "command" lines. */
  audits(): Record<string, unknown>[] {
    return this.records()
      .filter((r) => r.msg === 'command')
      .map((r) => r.audit as Record<string, unknown>);
  }

  text(): string {
    return this.lines.join('');
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export interface Harness {
  app: RunningApp;
  connector: TestConnector;
  logs: LogCapture;
}

/** The real app on random ports in Emulator mode (unless env says otherwise), logging at info into `logs`. */
export async function startHarness(
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<Harness> {
  const logs = new LogCapture();
  const config = readConfig({
    PORT: '0',
    SANDBOX_PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '0',
    // No customer directory unless a test asks for one: its background load would show in upstream counts.
    CUSTOMER_DIRECTORY_REFRESH_MINUTES: '0',
    // Nor a crawler of the partner-wide index, for the same reason, unless a test asks for one.
    INDEX_BUDGET_SHARE: '0',
    ...env,
  });
  const app = await startApp(config, createLogger('info', logs), options);
  const connector = await new TestConnector().start();
  return { app, connector, logs };
}

export async function stopHarness(harness: Harness | undefined): Promise<void> {
  await harness?.connector.close();
  await harness?.app.close();
}

export interface TeamsAsker {
  tenantId?: string;
  aadObjectId?: string;
  userId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  conversationId?: string;
}

/** A message as Teams delivers it: msteams channel, tenant in conversation and channelData, AAD object id. */
export function sendAsTeams(
  harness: Harness,
  text: string | undefined,
  asker: TeamsAsker,
  options: SendOptions = {},
): Promise<TurnResult> {
  const conversationType = asker.conversationType ?? 'personal';
  const conversationId =
    asker.conversationId ??
    (conversationType === 'channel' ? `19:${randomUUID()}@thread.tacv2` : `a:${randomUUID()}`);
  const from: Record<string, unknown> = { id: asker.userId ?? `29:${randomUUID()}`, name: 'Dana Seller' };
  if (asker.aadObjectId) from.aadObjectId = asker.aadObjectId;
  return sendToBot(harness.app.url, harness.connector, text, {
    ...options,
    channelId: 'msteams',
    conversationId,
    extra: {
      from,
      recipient: { id: '28:bot-app-id', name: 'Orders Bot' },
      conversation: {
        id: conversationId,
        conversationType,
        tenantId: asker.tenantId,
        ...(conversationType === 'channel' ? { isGroup: true } : {}),
      },
      channelData: asker.tenantId ? { tenant: { id: asker.tenantId } } : {},
      entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
      ...options.extra,
    },
  });
}

/** Message activities only (not typing indicators). */
export function messages(turn: TurnResult): TurnResult['replies'] {
  return turn.replies.filter((r) => r.activity.type === 'message');
}

export interface RawResponse {
  status: number;
  body: string;
}

/** POSTs anything to /api/messages. */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<RawResponse> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}
