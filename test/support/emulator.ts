import { randomUUID } from 'node:crypto';
import type { TestConnector, ReceivedActivity } from './connector';

export interface SendOptions {
  conversationId?: string;
  locale?: string;
  value?: unknown;
  channelId?: string;
  replyToId?: string;
  /** Extra fields merged into the activity (e.g. Teams channelData, entities). */
  extra?: Record<string, unknown>;
}

export interface TurnResult {
  status: number;
  conversationId: string;
  replies: ReceivedActivity[];
  /** The Adaptive Cards in the replies, in order. */
  cards: Record<string, unknown>[];
}

/** A complete, valid message activity as Bot Framework Emulator sends it; tests may override or mutate it. */
export function emulatorActivity(
  serviceUrl: string,
  text: string | undefined = 'help',
  options: SendOptions = {},
): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: options.channelId ?? 'emulator',
    from: { id: 'user-1', name: 'Dana Seller', role: 'user' },
    conversation: { id: options.conversationId ?? `conv-${randomUUID()}` },
    recipient: { id: 'bot-1', name: 'Orders Bot', role: 'bot' },
    text,
    textFormat: 'plain',
    locale: options.locale ?? 'en-US',
    value: options.value,
    replyToId: options.replyToId,
    entities: [
      { type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true },
    ],
    channelData: { clientActivityID: randomUUID() },
    ...options.extra,
  };
}

/** The Adaptive Card contents among replies, in order. */
export function cardsOf(replies: ReceivedActivity[]): Record<string, unknown>[] {
  return replies.flatMap((r) =>
    (r.activity.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content),
  );
}

/** POSTs an activity to the bot exactly as Bot Framework Emulator does, and collects what the bot sent back. */
export async function sendToBot(
  botUrl: string,
  connector: TestConnector,
  text: string | undefined,
  options: SendOptions = {},
): Promise<TurnResult> {
  const conversationId = options.conversationId ?? `conv-${randomUUID()}`;
  const before = connector.conversation(conversationId).length;
  // Set after building: a click has no text, and undefined would take emulatorActivity's default.
  const activity = { ...emulatorActivity(connector.url, 'help', { ...options, conversationId }), text };
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  const replies = connector.conversation(conversationId).slice(before);
  return { status: response.status, conversationId, replies, cards: cardsOf(replies) };
}

/** All text of a card (TextBlocks, facts, action titles), for asserting what a person would read. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value'].includes(key)) parts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return parts.join('\n');
}
