import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatConfig, startChat, type Chat } from '../../../dev/chat/chat';
import { ChatConnector } from '../../../dev/chat/connector';
import { CHAT_HELP, ChatSession } from '../../../dev/chat/session';
import { ConfigError } from '../../../src/config';
import { createLogger } from '../../../src/logging/logger';

const silent = createLogger('silent');

/** The number printed before `title` in the first button line after `after`. */
function buttonNumber(text: string, title: string, after = ''): number {
  const start = text.indexOf(after);
  expect(start).toBeGreaterThanOrEqual(0);
  const match = new RegExp(`\\[(\\d+)\\] ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(
    text.slice(start),
  );
  expect(match).not.toBeNull();
  return Number(match![1]);
}

describe('the chat against the real app (sandbox, botbuilder, restify)', () => {
  let chat: Chat;
  beforeAll(async () => {
    chat = await startChat({ env: {}, logger: silent, width: () => 100 });
  });
  afterAll(() => chat?.close());

  it('opens with the bot’s welcome, as the Emulator does', async () => {
    const { text } = await chat.session.welcome();
    expect(text).toContain('What I can do');
    expect(text).toContain('[1] Try it');
  });

  it('orders for contoso, then a click on Details of one order', async () => {
    const orders = await chat.session.input('orders for contoso');
    expect(orders.quit).toBeFalsy();
    expect(orders.text).toContain('Contoso');
    expect(orders.text).toContain('Orders · contoso.onmicrosoft.com');
    expect(orders.text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year × 1');
    expect(orders.text).toContain('Azure Active Directory Premium P2');
    expect(orders.text).toMatch(/Mar 15, 2018 · 9qg-ErcO… · Pending/);
    // Printed indented under the prompt, with numbered buttons.
    expect(orders.text.split('\n').every((line) => line === '' || line.startsWith('  '))).toBe(true);

    const details = buttonNumber(orders.text, 'Details', '9qg-ErcO…');
    expect(chat.session.currentButtons[details - 1]).toMatchObject({ title: 'Details' });
    const detail = await chat.session.input(String(details));
    expect(detail.text).toMatch(/^→ Details · Mar 15, 2018 · 9qg-ErcO… · Pending\n/);
    expect(detail.text).toContain('Order details · Pending');
    expect(detail.text).toMatch(/Order id: 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1/);
    expect(detail.text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(detail.text).toMatch(/\[1\] Back to orders {3}\[2\] Refresh/);

    // "/1" clicks too: back to the orders.
    const back = await chat.session.input('/1');
    expect(back.text).toMatch(/^→ Back to orders/);
    expect(back.text).toContain('Orders · contoso.onmicrosoft.com');
  });

  it('fabrikam orders asks which Fabrikam; a click on one answers with its orders', async () => {
    const choice = await chat.session.input('fabrikam orders');
    expect(choice.text).toContain('Several customers match “fabrikam”');
    expect(choice.text).toContain('[1] Fabrikam Inc (fabrikam.onmicrosoft.com)');
    expect(choice.text).toContain('[2] Fabrikam Retail (fabrikamretail.onmicrosoft.com)');

    const retail = await chat.session.input(String(buttonNumber(choice.text, 'Fabrikam Retail')));
    expect(retail.text).toMatch(/^→ Fabrikam Retail/);
    expect(retail.text).toContain('Orders · fabrikamretail.onmicrosoft.com');
    expect(retail.text).not.toContain('Several customers match');
  });

  it('gibberish gets the help card', async () => {
    const { text } = await chat.session.input('blorp zork quux');
    expect(text).toContain('What I can do');
    expect(text).toContain("I didn't understand");
    expect(text).toContain('orders for <customer>');
    expect(text).toContain('[1] Try it');
    const tried = await chat.session.input('1');
    expect(tried.text).toContain('Orders · contoso.onmicrosoft.com');
  });

  it('speaks the locale it was given', async () => {
    const session = new ChatSession({
      botUrl: chat.app.url,
      connector: chat.connector,
      locale: 'pt-BR',
      width: () => 100,
    });
    const { text } = await session.input('orders for contoso');
    expect(text).toContain('Pedidos');
    expect(text).toContain('Detalhes');
  });

  it('has its own commands, which never reach the bot', async () => {
    expect(await chat.session.input('/help')).toEqual({ text: CHAT_HELP });
    expect(await chat.session.input('   ')).toEqual({ text: '' });
    expect(await chat.session.input('/quit')).toEqual({ text: '', quit: true });
    expect(await chat.session.input('/exit')).toEqual({ text: '', quit: true });
    expect((await chat.session.input('/frob now')).text).toBe(
      'Unknown chat command /frob: /help lists them.',
    );
    expect((await chat.session.input('99')).text).toMatch(
      /^There is no button \[99\]: the last answer has buttons \[1\] to \[\d+\]\.$/,
    );
    expect((await chat.session.input('/buttons')).text).toMatch(/^\[1\] +Details · /);
    expect((await chat.session.input('/json')).text).toMatch(/^POST activity chat-reply-\d+:\n\{/);
  });
});

describe('chatConfig', () => {
  it('runs on free loopback ports without inbound auth, whatever the environment says', () => {
    const config = chatConfig({
      PORT: '3978',
      SANDBOX_PORT: '3979',
      HOST: '0.0.0.0',
      MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
      MicrosoftAppPassword: 'secret',
      RATE_LIMIT_PER_MINUTE: '5',
    });
    expect(config.port).toBe(0);
    expect(config.host).toBe('127.0.0.1');
    expect(config.partnerCenter).toMatchObject({ mode: 'sandbox', sandboxPort: 0 });
    expect(config.bot.appId).toBe('');
    expect(config.rateLimitPerMinute).toBe(5);
  });

  it('reports configuration problems as ConfigError', () => {
    expect(() => chatConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => chatConfig({ PARTNER_CENTER_CLIENT_ID: 'x' })).toThrow(/PARTNER_CENTER_TENANT_ID/);
  });

  it('talks to a bot configured with an app registration (its auth is left out)', async () => {
    const chat = await startChat({
      env: { MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' },
      logger: silent,
      width: () => 100,
    });
    try {
      expect(chat.ignoredAppId).toBe(true);
      expect((await chat.session.input('help')).text).toContain('What I can do');
    } finally {
      await chat.close();
    }
  });
});

interface FakeTurn {
  /** What the fake bot does with each activity it receives: reply through the connector. */
  (
    activity: Record<string, unknown>,
    post: (body: unknown, method?: string, path?: string) => Promise<void>,
  ): Promise<number | void>;
}

/** A stand-in bot: records the activities the session sends and answers through their serviceUrl. */
async function fakeBot(turn: FakeTurn) {
  const received: Record<string, unknown>[] = [];
  const server: Server = createServer(async (req, res) => {
    const activity = JSON.parse(await body(req)) as Record<string, unknown>;
    received.push(activity);
    const conversation = (activity.conversation as { id: string }).id;
    const post = async (reply: unknown, method = 'POST', path = '') => {
      const url = `${String(activity.serviceUrl)}/v3/conversations/${encodeURIComponent(conversation)}/activities${path}`;
      const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(reply),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty('id');
    };
    const status = (await turn(activity, post)) ?? 200;
    res.statusCode = status;
    res.end(status === 200 ? '' : 'Unauthorized');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const card = (body: unknown[], actions: unknown[] = []) => ({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body, actions },
    },
  ],
});

describe('ChatSession on the wire', () => {
  let connector: ChatConnector;
  beforeEach(async () => {
    connector = await new ChatConnector().start();
  });
  afterEach(() => connector.close());

  it('sends Emulator-shaped messages and card clicks as value without text, like Web Chat', async () => {
    const bot = await fakeBot(async (activity, post) => {
      if (activity.text === 'hello') {
        await post(
          card(
            [{ type: 'TextBlock', text: 'Pick one' }],
            [
              { type: 'Action.Submit', title: 'Object', data: { pcbot: 'run', command: { kind: 'help' } } },
              { type: 'Action.Submit', title: 'String', data: 'typed by the button' },
            ],
          ),
        );
      } else await post({ type: 'message', text: 'ok' });
    });
    try {
      const session = new ChatSession({
        botUrl: bot.url,
        connector,
        conversationId: 'conv-1',
        locale: 'it-IT',
        tenantId: 'tenant-1',
        width: () => 80,
      });
      const hello = await session.input('hello');
      expect(hello.text).toBe('  Pick one\n\n  [1] Object   [2] String');
      await session.input('1');
      await session.input('hello');
      await session.input('2');

      const [typed, click, , stringClick] = bot.received;
      expect(typed).toMatchObject({
        type: 'message',
        text: 'hello',
        channelId: 'emulator',
        serviceUrl: connector.url,
        conversation: { id: 'conv-1' },
        from: { id: 'chat-user', role: 'user' },
        recipient: { role: 'bot' },
        locale: 'it-IT',
        channelData: { tenant: { id: 'tenant-1' } },
      });
      expect(click).toMatchObject({
        type: 'message',
        value: { pcbot: 'run', command: { kind: 'help' } },
        conversation: { id: 'conv-1' },
        channelData: { postBack: true, tenant: { id: 'tenant-1' } },
      });
      expect(click).not.toHaveProperty('text');
      expect(stringClick).toMatchObject({ type: 'message', text: 'typed by the button' });
      expect(stringClick).not.toHaveProperty('value');
      expect(new Set(bot.received.map((a) => a.id)).size).toBe(4);

      // The chat's own commands never reach the bot.
      for (const line of ['/help', '/buttons', '/json', '/frob', '/quit', '', '7']) await session.input(line);
      expect(bot.received).toHaveLength(4);
    } finally {
      await bot.close();
    }
  });

  it('tells of typing once, prints text replies and updates, and skips traces', async () => {
    const bot = await fakeBot(async (_activity, post) => {
      await post({ type: 'typing' });
      await post({ type: 'typing' });
      await post({ type: 'trace', name: 'OnTurnError', value: 'boom' });
      await post({ type: 'message', text: 'Sorry, something went wrong on my side.' });
      await post(card([{ type: 'TextBlock', text: 'Replaced' }]), 'PUT', '/activity-7');
    });
    try {
      let typing = 0;
      const session = new ChatSession({
        botUrl: bot.url,
        connector,
        width: () => 80,
        onTyping: () => typing++,
      });
      const { text } = await session.input('anything');
      expect(typing).toBe(1);
      expect(text).toBe(
        [
          '  Sorry, something went wrong on my side.',
          '',
          '  (the bot updated an earlier answer)',
          '',
          '  Replaced',
        ].join('\n'),
      );
      expect(text).not.toContain('boom');
    } finally {
      await bot.close();
    }
  });

  it('says so when the bot refuses the request or cannot be reached', async () => {
    const bot = await fakeBot(async () => 401);
    try {
      const session = new ChatSession({ botUrl: bot.url, connector, width: () => 80 });
      expect((await session.input('hello')).text).toBe('The bot answered HTTP 401: Unauthorized');
      expect((await session.input('1')).text).toBe('There is no button [1]: the last answer has no buttons.');
    } finally {
      await bot.close();
    }
    const gone = new ChatSession({ botUrl: bot.url, connector, width: () => 80 });
    expect((await gone.input('hello')).text).toMatch(
      /^Could not reach the bot at http:\/\/127\.0\.0\.1:\d+: /,
    );
  });

  it('colours only when asked', async () => {
    const bot = await fakeBot(async (_activity, post) => {
      await post(card([{ type: 'TextBlock', text: 'Done', color: 'Good' }]));
    });
    try {
      const session = new ChatSession({ botUrl: bot.url, connector, width: () => 80, color: true });
      expect((await session.input('go')).text).toBe('  \x1b[32mDone\x1b[0m');
    } finally {
      await bot.close();
    }
  });
});

describe('ChatConnector', () => {
  it('answers 404 to what it does not serve and 400 to what is not an activity', async () => {
    const connector = await new ChatConnector().start();
    try {
      expect((await fetch(`${connector.url}/v3/conversations/c/members`)).status).toBe(404);
      const post = (body: string) =>
        fetch(`${connector.url}/v3/conversations/c/activities`, { method: 'POST', body });
      expect((await post('not json')).status).toBe(400);
      expect((await post('[1]')).status).toBe(400);
      expect((await post('{"type":"message"}')).status).toBe(200);
    } finally {
      await connector.close();
    }
  });
});
