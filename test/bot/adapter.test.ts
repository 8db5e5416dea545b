import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { createLogger } from '../../src/logging/logger';
import { TestConnector } from '../support/connector';
import { fakeResponse, request } from './fake-response';
import { emulatorActivity, LogCapture } from '../support/harness';

// The adapter's catch-all, driven directly: a turn that throws gets an apology (and, in the Emulator, a trace),
// the error goes to the redacting logger, and a failing reply does not turn into botbuilder's 500.

const EMULATOR_AUTH = { appId: '', appPassword: '', appType: 'MultiTenant' as const, appTenantId: '' };

const failingTurn = async (_context: TurnContext) => {
  throw new Error('Partner Center said no to Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl');
};

let connector: TestConnector;
beforeAll(async () => {
  connector = await new TestConnector().start();
});
afterAll(() => connector.close());

describe('createAdapter onTurnError', () => {
  it('apologises in the conversation, adds a trace in the Emulator, and logs the error redacted', async () => {
    const logs = new LogCapture();
    const adapter = createAdapter(EMULATOR_AUTH, createLogger('info', logs));
    const activity = emulatorActivity(connector.url, 'help');
    const res = fakeResponse();
    await adapter.process(request(activity), res, failingTurn);
    expect(res.statusCode).toBe(200);
    const replies = connector.conversation((activity.conversation as { id: string }).id);
    expect(replies.map((r) => r.activity.type)).toEqual(['trace', 'message']);
    expect(replies[1]!.activity.text).toMatch(/something went wrong on my side/i);
    const [record] = logs.records();
    expect(record).toMatchObject({ level: 50, msg: 'unhandled turn error', activityId: activity.id });
    expect(logs.text()).not.toContain('eyJhbGciOi');
    expect(logs.text()).toContain('Bearer [redacted]');
  });

  it('sends no trace outside the Emulator', async () => {
    const adapter = createAdapter(EMULATOR_AUTH, createLogger('silent'));
    const activity: Record<string, unknown> = {
      ...emulatorActivity(connector.url, 'help'),
      channelId: 'msteams',
    };
    await adapter.process(request(activity), fakeResponse(), failingTurn);
    const replies = connector.conversation((activity.conversation as { id: string }).id);
    expect(replies.map((r) => r.activity.type)).toEqual(['message']);
  });

  describe('when the connector refuses the apology too', () => {
    let refusing: Server;
    let url: string;
    beforeAll(async () => {
      refusing = createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'no' } }));
        });
      });
      await new Promise<void>((done) => refusing.listen(0, '127.0.0.1', done));
      url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      refusing.closeAllConnections();
      await new Promise((done) => refusing.close(done));
    });

    it('logs both failures and ends the turn instead of answering 500 with the error message', async () => {
      const logs = new LogCapture();
      const adapter = createAdapter(EMULATOR_AUTH, createLogger('info', logs));
      const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const res = fakeResponse();
      try {
        await adapter.process(request(emulatorActivity(url, 'help')), res, failingTurn);
        expect(consoleError).not.toHaveBeenCalled();
      } finally {
        consoleError.mockRestore();
      }
      expect(res.statusCode).toBe(200);
      expect(res.body).toBeUndefined();
      expect(logs.records().map((r) => r.msg)).toEqual([
        'unhandled turn error',
        'could not send the error message',
      ]);
    });
  });
});
