import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { createPipelineRequest, createHttpHeaders, type PipelineRequest } from '@azure/core-rest-pipeline';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { cardBytes, withCardTokens } from '../../src/bot/card-bytes';
import { connectorPipeline } from '../../src/bot/connector-pipeline';
import { createLogger } from '../../src/logging/logger';
import { TestConnector } from '../support/connector';
import { emulatorActivity } from '../support/harness';
import { fakeResponse, request } from './fake-response';

// Cards reach the connector as the bytes encoded once per card object (src/bot/card-bytes.ts): what arrives must be
// exactly the card, however often it is sent, updated or sent next to another one.

const EMULATOR_AUTH = { appId: '', appPassword: '', appType: 'MultiTenant' as const, appTenantId: '' };

const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Contoso · 9 orders – “quoted” \\ 未来 30 天 😀', wrap: true }],
};
const other = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'second' }] };

let connector: TestConnector;
beforeAll(async () => {
  connector = await new TestConnector().start();
});
afterAll(() => connector.close());

async function turn(text: string, logic: (context: TurnContext) => Promise<void>) {
  const adapter = createAdapter(EMULATOR_AUTH, createLogger('silent'));
  const activity = emulatorActivity(connector.url, text);
  await adapter.process(request(activity), fakeResponse(), logic);
  return connector.conversation((activity.conversation as { id: string }).id);
}

describe('cards sent as encoded bytes', () => {
  it('arrive as the card itself: sent twice, two in one message, updated in place, next to text', async () => {
    const sent = await turn('cards', async (context) => {
      const first = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await context.sendActivity(
        MessageFactory.list([CardFactory.adaptiveCard(card), CardFactory.adaptiveCard(other)], 'two cards'),
      );
      await context.updateActivity({
        ...MessageFactory.attachment(CardFactory.adaptiveCard(other)),
        id: first!.id,
      });
    });
    expect(sent.map((r) => [r.method, r.activity.attachments?.map((a) => a.content)])).toEqual([
      ['POST', [card]],
      ['POST', [card]],
      ['POST', [card, other]],
      ['PUT', [other]],
    ]);
    expect(sent[2]!.activity.text).toBe('two cards');
  });

  it('leaves the activity the bot holds as it was, and text that only looks like a token as it is', async () => {
    const message = MessageFactory.attachment(CardFactory.adaptiveCard(card), 'pcbot-card-00000000-1');
    const sent = await turn('text', async (context) => {
      await context.sendActivity(message);
    });
    expect(message.attachments![0]!.content).toBe(card);
    expect(sent[0]!.activity.text).toBe('pcbot-card-00000000-1');
    expect(sent[0]!.activity.attachments![0]!.content).toEqual(card);
  });

  it('encodes a card object once', () => {
    const bytes = cardBytes(card);
    expect(cardBytes(card)).toBe(bytes);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(card);
    expect(cardBytes({ ...card })).not.toBe(bytes);
  });

  it("go to the HTTP client as the card's bytes, in place of the token the serialized body carries", async () => {
    const client = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: 'https://example.test/' });
    const [message] = withCardTokens(client, [
      MessageFactory.attachment(CardFactory.adaptiveCard(card), 'hi'),
    ]);
    const token = message!.attachments![0]!.content as string;
    expect(typeof token).toBe('string');
    const policy = connectorPipeline(client)
      .getOrderedPolicies()
      .find((p) => p.name === 'cardBytes')!;
    const request = createPipelineRequest({ url: 'https://example.test/v3/conversations/c/activities' });
    request.body = JSON.stringify(message);
    let sent: PipelineRequest['body'];
    await policy.sendRequest(request, async (r) => {
      sent = r.body;
      return { request: r, status: 200, headers: createHttpHeaders() };
    });
    expect(Buffer.isBuffer(sent)).toBe(true);
    expect(JSON.parse((sent as Buffer).toString('utf8'))).toEqual({
      ...message,
      attachments: [{ ...message!.attachments![0], content: card }],
    });
  });
});
