import { createHmac } from 'node:crypto';
import { emulatorActivity, postRaw, startHarness, stopHarness, type Harness } from '../support/harness';
import { CHANNEL_ISSUER, rsaKeys, signToken, trustChannelKey } from './signing-keys';

// With a bot registration configured, only the Bot Connector (a valid JWT) may post activities.

const APP_ID = '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10';
const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';

let h: Harness;
// CloudAdapter.process() prints every rejected request with console.error, and botframework-connector prints
// the key or the stack of a token it rejects: outside the app's logger. The server must print nothing.
let consoleError: jest.SpyInstance;
beforeAll(async () => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  h = await startHarness({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'app-password-never-logged',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT,
    PARTNER_CENTER_SANDBOX: 'true',
  });
});
afterAll(async () => {
  consoleError.mockRestore();
  await stopHarness(h);
});
beforeEach(() => h.app.sandbox!.clearRequests());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT that looks right (issuer, audience, expiry) but is signed by nobody Microsoft knows. */
function forgedToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'HS256', typ: 'JWT', kid: 'forged' });
  const body = b64({ iss: `https://sts.windows.net/${TENANT}/`, aud: APP_ID, exp: now + 600, nbf: now - 10 });
  const signature = createHmac('sha256', 'guess').update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

function teamsActivity(): string {
  return JSON.stringify({
    ...emulatorActivity(h.connector.url, 'orders for contoso'),
    channelId: 'msteams',
    channelData: { tenant: { id: TENANT } },
  });
}

describe('inbound auth with a single-tenant registration', () => {
  it.each([
    ['no Authorization header', {}],
    ['a bogus bearer token', { Authorization: 'Bearer x' }],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['a forged JWT for the right tenant and audience', { Authorization: `Bearer ${forgedToken()}` }],
  ])('%s gets 401 and nothing is answered or asked', async (_name, headers: Record<string, string>) => {
    const before = h.connector.received.length;
    const response = await postRaw(h.app.url, teamsActivity(), {
      'Content-Type': 'application/json',
      ...headers,
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: 'unauthorized' });
    expect(h.connector.received.length).toBe(before);
    expect(h.app.sandbox!.requests).toEqual([]);
    expect(h.logs.audits()).toEqual([]);
  });

  it('still checks the body first: junk is 400 whether or not the caller is authenticated', async () => {
    const response = await postRaw(h.app.url, JSON.stringify({ type: 'message' }));
    expect(response.status).toBe(400);
    expect(h.connector.received).toEqual([]);
  });

  it('keeps the platform endpoints open (they carry no chat data)', async () => {
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
  });

  it('never prints on the console, never logs the app password or the token it was sent', () => {
    expect(consoleError).not.toHaveBeenCalled();
    const printed = JSON.stringify(consoleError.mock.calls.map((call) => call.map(String)));
    for (const output of [h.logs.text(), printed]) {
      expect(output).not.toContain('app-password-never-logged');
      expect(output).not.toContain('dXNlcjpwYXNz');
    }
  });
});

describe('tokens naming a real signing key', () => {
  const KID = 'bf-signing-key-1';
  const real = rsaKeys();
  const attacker = rsaKeys();
  const now = Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown> = {}) => ({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: h.connector.url,
    nbf: now - 60,
    exp: now + 3600,
    ...extra,
  });
  beforeAll(() => trustChannelKey(KID, real.publicKey));

  // On main, the first was a 500 whose body was the JWT library's "invalid signature", the second a 401 that
  // said "The token has expired" after printing its stack with console.error.
  it.each([
    ['forged: signed by another key', () => signToken(claims(), KID, attacker.privateKey)],
    ['expired, signed by the real key', () => signToken(claims({ exp: now - 3600 }), KID, real.privateKey)],
    ['for another bot', () => signToken(claims({ aud: 'another-app' }), KID, real.privateKey)],
    ['for another connector', () => signToken(claims({ serviceurl: 'https://x' }), KID, real.privateKey)],
    ['naming a key nobody has', () => signToken(claims(), 'unknown-kid', real.privateKey)],
  ])('%s: 401 without detail, one log line, nothing on the console', async (_name, token) => {
    const refusedBefore = refusals();
    const jwt = token();
    const response = await postRaw(h.app.url, teamsActivity(), {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${jwt}`,
    });
    expect({ status: response.status, body: response.body }).toEqual({
      status: 401,
      body: JSON.stringify({ error: 'unauthorized' }),
    });
    expect(refusals()).toBe(refusedBefore + 1);
    expect(consoleError).not.toHaveBeenCalled();
    expect(h.logs.text()).not.toContain(jwt.split('.')[2]);
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('a valid token is accepted (control): the turn runs and answers in the response', async () => {
    // expectReplies: the answer comes back in the HTTP response, so no outbound token is needed (no network).
    const activity = { ...JSON.parse(teamsActivity()), text: 'help', deliveryMode: 'expectReplies' };
    const response = await postRaw(h.app.url, JSON.stringify(activity), {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${signToken(claims(), KID, real.privateKey)}`,
    });
    expect(response.status).toBe(200);
    const { activities } = JSON.parse(response.body) as { activities: { type: string }[] };
    expect(activities.filter((a) => a.type === 'message')).toHaveLength(1);
    expect(consoleError).not.toHaveBeenCalled();
  });

  /** "request refused" lines logged so far. */
  const refusals = () =>
    h.logs.records().filter((r) => r.msg === 'request refused: not authenticated').length;
});
