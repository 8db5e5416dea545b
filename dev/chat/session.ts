// One terminal conversation with the bot, without readline: a line in, printable text out. It speaks to the
// bot the way Bot Framework Emulator and Web Chat do (message activities to POST /api/messages, card clicks as
// `value`) and renders what the bot sends to the connector.

import { randomUUID } from 'node:crypto';
import { cardToText, type CardAction } from './card-to-text';
import { displayWidth } from './text-layout';
import type { ChatConnector, ConnectorActivity } from './connector';

export interface ChatUser {
  id: string;
  name: string;
  /** Sent as from.aadObjectId, for ALLOWED_USER_IDS. */
  aadObjectId?: string;
}

export interface ChatSessionOptions {
  /** The bot's base URL; activities go to `${botUrl}/api/messages`. */
  botUrl: string;
  connector: ChatConnector;
  locale?: string;
  conversationId?: string;
  user?: ChatUser;
  /** Sent as channelData.tenant.id, for ALLOWED_TENANT_IDS. */
  tenantId?: string;
  /** Columns available (read at every answer, so a resized terminal is followed). */
  width?: () => number;
  color?: boolean;
  /** Called once per turn when the bot starts typing (typing activities are not printed). */
  onTyping?: () => void;
}

export interface ChatOutput {
  /** What to print; may be empty. */
  text: string;
  /** The person asked to leave. */
  quit?: boolean;
}

const CARD = 'application/vnd.microsoft.card.adaptive';
const INDENT = '  ';
const BOT = { id: 'pc-orders-bot', name: 'Orders Bot', role: 'bot' };

export const CHAT_HELP = [
  'Chat commands:',
  '  <anything else>  is sent to the bot, e.g. "orders for contoso" (type "help" for what the bot knows)',
  '  1  or  /1        clicks button [1] of the last answer',
  '  /buttons         lists the buttons of the last answer',
  '  /json            prints the last answer as the bot sent it (activities and card JSON)',
  '  /help            this list',
  '  /quit            leaves (so do Ctrl-D and Ctrl-C)',
  '  //text           sends "/text" to the bot',
].join('\n');

export class ChatSession {
  readonly conversationId: string;
  private readonly locale: string;
  private readonly user: ChatUser;
  /** The numbered buttons of the last answer that had any reply. */
  private buttons: CardAction[] = [];
  private lastReplies: ConnectorActivity[] = [];

  constructor(private readonly options: ChatSessionOptions) {
    this.conversationId = options.conversationId ?? `chat-${randomUUID()}`;
    this.locale = options.locale ?? 'en-US';
    this.user = options.user ?? { id: 'chat-user', name: 'Chat user' };
  }

  /** The buttons of the last answer, as numbered: buttons[0] is [1]. */
  get currentButtons(): readonly CardAction[] {
    return this.buttons;
  }

  /** Opens the conversation as the Emulator does (conversationUpdate, both members added): the bot's welcome. */
  async welcome(): Promise<ChatOutput> {
    return this.turn({
      ...this.envelope('conversationUpdate'),
      membersAdded: [{ id: this.user.id, name: this.user.name }, { ...BOT }],
    });
  }

  /** A line the person typed: a chat command (/help, /quit, a button number) or a message for the bot. */
  async input(line: string): Promise<ChatOutput> {
    const text = line.trim();
    if (!text) return { text: '' };
    const number = /^\/?(\d{1,4})$/.exec(text);
    if (number) return this.click(Number(number[1]));
    if (text.startsWith('//')) return this.say(text.slice(1));
    if (!text.startsWith('/')) return this.say(text);
    const command = text.slice(1).trim().toLowerCase();
    switch (command) {
      case 'quit':
      case 'exit':
      case 'q':
        return { text: '', quit: true };
      case 'help':
      case '?':
        return { text: CHAT_HELP };
      case 'buttons':
        return { text: this.listButtons() };
      case 'json':
        return { text: this.lastJson() };
      default:
        return { text: `Unknown chat command ${text.split(/\s/)[0]}: /help lists them.` };
    }
  }

  /** Sends a message with text, as if typed in the Emulator. */
  async say(text: string): Promise<ChatOutput> {
    return this.turn({ ...this.envelope('message'), text, textFormat: 'plain' });
  }

  /** Clicks button [n] of the last answer: the message Web Chat sends for an Action.Submit. */
  async click(n: number): Promise<ChatOutput> {
    const button = this.buttons[n - 1];
    if (!button) {
      const range =
        this.buttons.length === 0
          ? 'the last answer has no buttons'
          : this.buttons.length === 1
            ? 'the last answer has button [1] only'
            : `the last answer has buttons [1] to [${this.buttons.length}]`;
      return { text: `There is no button [${n}]: ${range}.` };
    }
    const echo = this.dim(`→ ${button.title}${button.context ? ` · ${button.context}` : ''}`);
    // A string `data` is sent as the message text; an object (or nothing) as `value`, with no text.
    const envelope = this.envelope('message');
    const activity =
      typeof button.data === 'string'
        ? { ...envelope, text: button.data, textFormat: 'plain' }
        : {
            ...envelope,
            value: button.data ?? {},
            channelData: { ...(envelope.channelData as object), postBack: true },
          };
    const output = await this.turn(activity);
    return { ...output, text: output.text ? `${echo}\n${output.text}` : echo };
  }

  private envelope(type: string): Record<string, unknown> {
    const now = new Date();
    return {
      type,
      id: randomUUID(),
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString(),
      localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      serviceUrl: this.options.connector.url,
      channelId: 'emulator',
      from: {
        id: this.user.id,
        name: this.user.name,
        role: 'user',
        ...(this.user.aadObjectId ? { aadObjectId: this.user.aadObjectId } : {}),
      },
      conversation: { id: this.conversationId },
      recipient: { ...BOT },
      locale: this.locale,
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: false }],
      channelData: {
        clientActivityID: randomUUID(),
        ...(this.options.tenantId ? { tenant: { id: this.options.tenantId } } : {}),
      },
    };
  }

  /** POSTs one activity through the bot's pipeline and renders what it sent back during the turn. */
  private async turn(activity: Record<string, unknown>): Promise<ChatOutput> {
    const replies: ConnectorActivity[] = [];
    let typing = false;
    const stop = this.options.connector.listen(this.conversationId, (received) => {
      if (received.activity.type === 'typing') {
        if (!typing) this.options.onTyping?.();
        typing = true;
      } else replies.push(received);
    });
    let problem: string | undefined;
    try {
      const response = await fetch(`${this.options.botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const answer = await response.text();
      if (!response.ok) {
        problem = `The bot answered HTTP ${response.status}${answer ? `: ${answer.slice(0, 300)}` : ''}`;
      }
    } catch (err) {
      problem = `Could not reach the bot at ${this.options.botUrl}: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      stop();
    }
    const shown = replies.filter((r) => r.activity.type === 'message');
    if (shown.length > 0) {
      this.lastReplies = replies;
      this.buttons = [];
    }
    const parts = shown.map((r) => this.renderReply(r)).filter(Boolean);
    if (problem) parts.push(this.dim(problem));
    else if (parts.length === 0 && activity.type === 'message') parts.push(this.dim('(no answer)'));
    return { text: parts.join('\n\n') };
  }

  private renderReply(received: ConnectorActivity): string {
    const { activity } = received;
    const width = this.width() - INDENT.length;
    const parts: string[] = [];
    if (received.method === 'PUT') parts.push(this.dim('(the bot updated an earlier answer)'));
    if (typeof activity.text === 'string' && activity.text.trim()) {
      parts.push(cardToText(activity.text, width, { color: this.options.color }).text);
    }
    for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
      if (attachment?.contentType === CARD) {
        const card = cardToText(attachment.content, width, {
          color: this.options.color,
          firstNumber: this.buttons.length + 1,
        });
        this.buttons.push(...card.actions);
        if (card.text) parts.push(card.text);
      } else {
        const name = attachment?.name ? ` ${attachment.name}` : '';
        parts.push(this.dim(`[attachment: ${attachment?.contentType ?? 'unknown'}${name}]`));
      }
    }
    return parts
      .join('\n\n')
      .split('\n')
      .map((line) => (line ? INDENT + line : line))
      .join('\n');
  }

  private listButtons(): string {
    if (this.buttons.length === 0) return 'The last answer has no buttons.';
    const numbers = this.buttons.map((_, i) => `[${i + 1}]`);
    const pad = Math.max(...numbers.map((n) => displayWidth(n)));
    return this.buttons
      .map((b, i) => `${numbers[i]!.padEnd(pad)} ${b.title}${b.context ? this.dim(` · ${b.context}`) : ''}`)
      .join('\n');
  }

  private lastJson(): string {
    if (this.lastReplies.length === 0) return 'Nothing yet: the bot has not answered.';
    return this.lastReplies
      .map((r) => `${r.method} activity ${r.id}:\n${JSON.stringify(r.activity, null, 2)}`)
      .join('\n\n');
  }

  private width(): number {
    return this.options.width?.() ?? (process.stdout.columns || 100);
  }

  private dim(text: string): string {
    return this.options.color ? `\x1b[2m${text}\x1b[0m` : text;
  }
}
