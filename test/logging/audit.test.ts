import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CONTOSO_TENANT_ID,
  PARTNER_TENANT_ID,
  SANDBOX_TOKEN,
  startSandbox,
  type Sandbox,
} from '../../dev/sandbox';
import { cardText } from '../support/emulator';
import {
  emulatorActivity,
  postRaw,
  sendAsTeams,
  startHarness,
  stopHarness,
  type Harness,
} from '../support/harness';

// One structured line per command, for the people who answer "who asked what, and what did they get?", and
// nothing in any log line that would let a reader call Partner Center or the Bot Connector.

const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const USER = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** No credential in any captured line. */
function expectNoCredentials(text: string, extra: string[] = []): void {
  expect(text).not.toContain(SANDBOX_TOKEN);
  expect(text).not.toMatch(/Bearer\s+(?!\[redacted\])/);
  expect(text).not.toMatch(/\bsbx\.[A-Za-z0-9_-]{16,}/); // tokens the sandbox's token endpoint issues
  for (const secret of extra) expect(text).not.toContain(secret);
}

describe('the audit line', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_TENANT_IDS: TENANT });
  });
  afterAll(() => stopHarness(h));
  beforeEach(() => {
    h.logs.clear();
    h.app.sandbox!.clearRequests();
    h.app.cache.clear();
  });

  it('records who, tenant, conversation type, command, customer, result count, duration and correlation id', async () => {
    const turn = await sendAsTeams(h, 'orders for contoso', { tenantId: TENANT, aadObjectId: USER });
    expect(turn.cards).toHaveLength(1);
    const audits = h.logs.audits();
    expect(audits).toHaveLength(1);
    const audit = audits[0]!;
    expect(audit).toEqual({
      user: USER,
      tenant: TENANT,
      conversationType: 'personal',
      command: 'orders',
      result: 'ok',
      customerId: CONTOSO_TENANT_ID,
      resultCount: expect.any(Number),
      durationMs: expect.any(Number),
      correlationId: expect.stringMatching(UUID),
    });
    expect(audit.resultCount).toBeGreaterThan(0);
    expect(audit.durationMs).toBeGreaterThanOrEqual(0);
    // The same id went to Partner Center, so one search finds both sides.
    const sent = h.app.sandbox!.requests.map((r) => r.headers['ms-correlationid']);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([audit.correlationId]));
    // The line says what was asked, not what was answered.
    const line = h.logs.lines.find((l) => l.includes('"audit"'))!;
    expect(line).not.toMatch(/Reserved_VM_Instance|Azure Active Directory Premium/);
    expect(JSON.parse(line)).toMatchObject({ level: 30, msg: 'command', app: 'pc-orders-bot' });
  });

  it('records a channel message (with the @mention) as conversationType channel', async () => {
    const turn = await sendAsTeams(
      h,
      '<at>Orders Bot</at> orders for contoso',
      { tenantId: TENANT, aadObjectId: USER, conversationType: 'channel' },
      {
        extra: {
          entities: [
            {
              type: 'mention',
              text: '<at>Orders Bot</at>',
              mentioned: { id: '28:bot-app-id', name: 'Orders Bot' },
            },
          ],
        },
      },
    );
    expect(cardText(turn.cards[0])).toContain('Contoso');
    expect(h.logs.audits()).toEqual([
      expect.objectContaining({
        conversationType: 'channel',
        command: 'orders',
        result: 'ok',
        tenant: TENANT,
      }),
    ]);
  });

  it('writes exactly one line per command, each with its own correlation id', async () => {
    for (const text of [
      'help',
      'orders for contoso',
      'ordrs for contoso',
      'order Qq1-nOtReAl-00000000000000000000A for contoso',
    ]) {
      await sendAsTeams(h, text, { tenantId: TENANT, aadObjectId: USER });
    }
    const audits = h.logs.audits();
    expect(audits.map((a) => a.command)).toEqual(['help', 'orders', 'help', 'order']);
    expect(audits.map((a) => a.result)).toEqual(['help', 'ok', 'invalid', 'notFound']);
    expect(new Set(audits.map((a) => a.correlationId)).size).toBe(4);
  });

  it('records refusals too, without running anything', async () => {
    await sendAsTeams(h, 'orders for contoso', {
      tenantId: 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b',
      aadObjectId: USER,
    });
    expect(h.logs.audits()).toEqual([
      expect.objectContaining({ tenant: 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b', result: 'refused' }),
    ]);
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('a failing Partner Center call is logged with its correlation id, never with the token', async () => {
    h.app.sandbox!.knobs.faults.push({ match: '/orders', status: 500 });
    try {
      const turn = await sendAsTeams(h, 'orders for fabrikam retail refresh', {
        tenantId: TENANT,
        aadObjectId: USER,
      });
      expect(turn.cards).toHaveLength(1);
    } finally {
      h.app.sandbox!.knobs.reset();
    }
    const failure = h.logs.records().find((r) => r.msg === 'command failed');
    expect(failure).toBeDefined();
    const [audit] = h.logs.audits();
    expect(audit).toMatchObject({ command: 'orders', result: 'error' });
    expect(failure).toMatchObject({
      level: 50,
      correlationId: audit!.correlationId,
      err: { type: 'PartnerCenterError', status: 500, reason: 'upstream', operation: 'listOrders' },
    });
    expectNoCredentials(h.logs.text());
  });
});

describe('with real MSAL against the sandbox token endpoint (live mode)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  const live = (secret: string) => ({
    PARTNER_CENTER_CLIENT_ID: '9d1c3e5a-7b2f-4c8d-a6e4-1f3b5d7c9e20',
    PARTNER_CENTER_TENANT_ID: PARTNER_TENANT_ID,
    PARTNER_CENTER_CLIENT_SECRET: secret,
    PARTNER_CENTER_BASE_URL: sandbox.url,
    PARTNER_CENTER_LOGIN_URL: sandbox.url,
  });

  it('a wrong client secret is logged as a failure without the secret or a token', async () => {
    const h = await startHarness(live('wrong'));
    try {
      const turn = await sendAsTeams(h, 'orders for contoso', { tenantId: TENANT, aadObjectId: USER });
      expect(cardText(turn.cards[0])).toMatch(/sign in to Partner Center/i);
      const failure = h.logs.records().find((r) => r.msg === 'command failed');
      expect(failure).toMatchObject({ err: { reason: 'unauthorized' } });
      expect(h.logs.audits()).toEqual([expect.objectContaining({ result: 'error' })]);
      expectNoCredentials(h.logs.text(), ['client_secret=wrong', '"wrong"']);
    } finally {
      await stopHarness(h);
    }
  });

  it('a token MSAL got never appears, also when the call after it fails', async () => {
    const secret = 'correct-horse-battery-staple';
    const h = await startHarness(live(secret));
    try {
      await sendAsTeams(h, 'orders for contoso', { tenantId: TENANT, aadObjectId: USER });
      sandbox.knobs.faults.push({ match: '/orders', status: 500 });
      try {
        await sendAsTeams(h, 'orders for fabrikam retail refresh', { tenantId: TENANT, aadObjectId: USER });
      } finally {
        sandbox.knobs.reset();
      }
      expect(h.logs.audits().map((a) => a.result)).toEqual(['ok', 'error']);
      expectNoCredentials(h.logs.text(), [secret]);
    } finally {
      await stopHarness(h);
    }
  });
});

describe('a reply the Bot Connector refuses', () => {
  let h: Harness;
  let refusing: Server;
  let refusingUrl: string;
  beforeAll(async () => {
    h = await startHarness();
    // A connector that refuses every reply the way Teams refuses a message over 40 KB.
    refusing = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.statusCode = 413;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ error: { code: 'MessageSizeTooBig', message: 'Message size too big' } }));
      });
    });
    await new Promise<void>((done) => refusing.listen(0, '127.0.0.1', done));
    refusingUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    refusing.closeAllConnections();
    await new Promise((done) => refusing.close(done));
    await stopHarness(h);
  });

  it('is logged through the app logger and the server keeps answering', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await postRaw(h.app.url, JSON.stringify(emulatorActivity(refusingUrl, 'help')));
      expect(response.status).toBeLessThan(500);
      expect(response.body).not.toMatch(/MessageSizeTooBig|Message size too big/);
      // botbuilder's own console.error is not the log; the app's logger has the story.
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
    const records = h.logs.records();
    // The bot gives the reply up itself (no apology the connector would refuse too): one error line, and the
    // audit line says so.
    expect(records.find((r) => r.msg === 'could not send the reply')).toMatchObject({
      level: 50,
      reply: { status: 413 },
    });
    expect(h.logs.audits()).toEqual([expect.objectContaining({ command: 'help', result: 'replyFailed' })]);
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
  });
});
