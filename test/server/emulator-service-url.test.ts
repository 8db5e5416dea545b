import { isLoopbackUrl } from '../../src/net/loopback';
import {
  emulatorActivity,
  messages,
  postRaw,
  startHarness,
  stopHarness,
  type Harness,
} from '../support/harness';
import { sendToBot } from '../support/emulator';

// Emulator mode authenticates nobody, so the activity's serviceUrl (where the bot POSTs its replies) is chosen by
// whoever can reach the bot. Only a connector on this machine may be named; anything else is 400 before
// botbuilder runs, so the bot never calls an address an anonymous caller picked.

describe('isLoopbackUrl', () => {
  it.each([
    'http://127.0.0.1:3978/',
    'http://127.1/',
    'http://127.255.255.254:1/',
    'http://0x7f.1/',
    'http://2130706433/',
    'https://localhost:8443/',
    'http://LOCALHOST/',
    'http://[::1]:3978/',
    'http://[::ffff:127.0.0.1]/',
  ])('%s is loopback', (url) => expect(isLoopbackUrl(url)).toBe(true));

  it.each([
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://192.168.1.1/',
    'http://0.0.0.0:3978/',
    'http://[::]/',
    'http://[::ffff:10.0.0.1]/',
    'http://127.0.0.1.nip.io/',
    'http://localhost.evil.example/',
    'http://user@127.0.0.1@evil.example/',
    'https://smba.trafficmanager.net/teams/',
    'ftp://127.0.0.1/',
    'not a url',
  ])('%s is not', (url) => expect(isLoopbackUrl(url)).toBe(false));
});

describe('Emulator mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('answers a connector on 127.0.0.1', async () => {
    const turn = await sendToBot(h.app.url, h.connector, 'help');
    expect(turn.status).toBe(200);
    expect(messages(turn)).toHaveLength(1);
  });

  it.each([
    ['another host of the network', 'http://10.0.0.1:9/'],
    ['a cloud metadata endpoint', 'http://169.254.169.254/latest/'],
    ['a public host', 'https://smba.trafficmanager.net/teams/'],
  ])('refuses %s with 400 before botbuilder runs', async (_name, serviceUrl) => {
    const response = await postRaw(h.app.url, JSON.stringify(emulatorActivity(serviceUrl, 'help')));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ error: expect.stringMatching(/serviceUrl.*loopback/) });
  });

  it('refuses 0.0.0.0, which reaches this machine but is not a loopback address: no reply is sent', async () => {
    // On Linux a connection to 0.0.0.0 lands on 127.0.0.1, so on main this reply reached the test connector.
    const port = new URL(h.connector.url).port;
    const before = h.connector.received.length;
    const activity = emulatorActivity(`http://0.0.0.0:${port}/`, 'help');
    const response = await postRaw(h.app.url, JSON.stringify(activity));
    expect(response.status).toBe(400);
    expect(h.connector.received.length).toBe(before);
  });
});

describe('with inbound auth (a MicrosoftAppId)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      MicrosoftAppId: '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c',
      PARTNER_CENTER_SANDBOX: 'true',
    });
  });
  afterAll(() => stopHarness(h));

  it('does not restrict serviceUrl (the Bot Connector signs it into the token); the caller is checked instead', async () => {
    const activity = emulatorActivity('https://smba.trafficmanager.net/teams/', 'help');
    const response = await postRaw(h.app.url, JSON.stringify(activity));
    expect(response.status).toBe(401);
  });
});
