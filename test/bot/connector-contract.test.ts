import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { version as botbuilderVersion } from 'botbuilder/package.json';
import { version as connectorVersion } from 'botframework-connector/package.json';
import {
  ConnectorClient,
  MicrosoftAppCredentials,
  PasswordServiceClientCredentialFactory,
} from 'botframework-connector';
import { ConnectorFactoryImpl } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import {
  addAfterRetry,
  addAfterSerialize,
  assertConnectorPipeline,
  connectorPipeline,
  ConnectorShapeError,
  DEFAULT_RETRY_POLICY_NAME,
  replaceRetry,
} from '../../src/bot/connector-pipeline';
import { toActivity } from '../../src/server/bot-pipeline';

// What this bot relies on in botbuilder beyond its public API, pinned: when an upgrade changes it, this fails
// (and the bot refuses to start, see assertConnectorPipeline) instead of replies silently losing their bounds.

const policy = (name: string): PipelinePolicy => ({ name, sendRequest: (request, next) => next(request) });
const names = (client: unknown) =>
  connectorPipeline(client)
    .getOrderedPolicies()
    .map((p) => p.name);

describe('botbuilder 4.23 connector client', () => {
  it('is the version this contract was written for', () => {
    expect(botbuilderVersion).toMatch(/^4\.23\./);
    expect(connectorVersion).toMatch(/^4\.23\./);
  });

  it("made by CloudAdapter's connector factory, has a Pipeline with the default retry before redirects", async () => {
    // The factory CloudAdapter uses for every turn (ParameterizedBotFrameworkAuthentication.createConnectorFactory).
    const factory = new ConnectorFactoryImpl(
      '',
      'https://api.botframework.com',
      'https://login.microsoftonline.com/botframework.com',
      true,
      new PasswordServiceClientCredentialFactory('', ''),
    );
    const client = await factory.create('https://smba.trafficmanager.net/teams/', undefined);
    expect(client).toBeInstanceOf(ConnectorClient);
    const before = names(client);
    expect(before).toContain(DEFAULT_RETRY_POLICY_NAME);
    expect(before.indexOf(DEFAULT_RETRY_POLICY_NAME)).toBeLessThan(before.indexOf('redirectPolicy'));
    expect(() => assertConnectorPipeline()).not.toThrow();
  });

  it('takes the reply policy in place of the default retry, and pacing after it, once each', () => {
    const client = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: 'https://example.test/' });
    for (let turn = 0; turn < 2; turn++) {
      replaceRetry(client, policy('botReplyRetry'));
      addAfterRetry(client, policy('threadPacing'));
    }
    const after = names(client);
    expect(after).not.toContain(DEFAULT_RETRY_POLICY_NAME);
    expect(after.filter((n) => n === 'botReplyRetry')).toHaveLength(1);
    expect(after.filter((n) => n === 'threadPacing')).toHaveLength(1);
    expect(after.indexOf('botReplyRetry')).toBeLessThan(after.indexOf('threadPacing'));
  });

  it('takes the card bytes policy once, after the request body is serialized and before the retry', () => {
    const client = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: 'https://example.test/' });
    replaceRetry(client, policy('botReplyRetry'));
    addAfterSerialize(client, policy('cardBytes'));
    addAfterSerialize(client, policy('cardBytes'));
    const after = names(client);
    expect(after.filter((n) => n === 'cardBytes')).toHaveLength(1);
    expect(after.indexOf('serializationPolicy')).toBeLessThan(after.indexOf('cardBytes'));
    expect(after.indexOf('cardBytes')).toBeLessThan(after.indexOf('botReplyRetry'));
  });

  it('refuses a client of another shape', () => {
    expect(() => connectorPipeline({})).toThrow(ConnectorShapeError);
    expect(() => connectorPipeline({ client: { pipeline: { addPolicy() {} } } })).toThrow(/has changed/);
    expect(() => replaceRetry(undefined, policy('botReplyRetry'))).toThrow(ConnectorShapeError);
  });
});

describe("toActivity, the server's copy of botbuilder's validateAndFixActivity", () => {
  it('gives the activity botbuilder would', () => {
    const body = {
      type: 'message',
      text: 'orders for contoso',
      timestamp: '2026-12-02T10:00:00.123Z',
      localTimestamp: '2026-12-02T11:00:00.123+01:00',
      expiration: '2026-12-02T10:05:00Z',
      channelData: { tenant: { id: 't' } },
    };
    const ours = toActivity(structuredClone(body));
    const theirs = validateAndFixActivity(structuredClone(body) as never);
    expect(ours).toEqual(theirs);
    expect(ours.timestamp).toBeInstanceOf(Date);
    expect(toActivity({ type: 'typing' })).toEqual(validateAndFixActivity({ type: 'typing' } as never));
  });
});
