import { createHmac } from 'node:crypto';
import { emulatorActivity, postRaw, startHarness, stopHarness, type Harness } from './harness';

// With a bot registration configured, only the Bot Connector (a valid JWT) may post activities.

const APP_ID = '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10';
const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';

let h: Harness;
// CloudAdapter prints every rejected request with console.error (outside the app's logger); keep it quiet here
// and check it prints no secret either.
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
    expect(response.body).not.toMatch(/orders|contoso/i);
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

  it('never logs the app password or the token it was sent', () => {
    const printed = JSON.stringify(consoleError.mock.calls.map((call) => call.map(String)));
    for (const output of [h.logs.text(), printed]) {
      expect(output).not.toContain('app-password-never-logged');
      expect(output).not.toContain('dXNlcjpwYXNz');
    }
  });
});
