import type { TurnContext } from 'botbuilder';
import { turnErrorHandler } from '../../src/bot/turn-error';
import { createLogger } from '../../src/logging/logger';
import { LogCapture } from '../support/harness';

// onTurnError may be handed a context whose turn is over (botbuilder revokes it: any access throws). It must
// neither throw nor touch it beyond one guarded read.

describe('turnErrorHandler', () => {
  it('only logs when the turn is over (revoked context), and does not throw', async () => {
    const logs = new LogCapture();
    const { proxy, revoke } = Proxy.revocable({ activity: { id: 'a1', channelId: 'msteams' } }, {});
    revoke();
    await expect(
      turnErrorHandler(createLogger('info', logs))(proxy as unknown as TurnContext, new Error('late 429')),
    ).resolves.toBeUndefined();
    expect(logs.records().map((r) => r.msg)).toEqual(['turn error after the turn ended']);
  });

  it('does not throw when sending the apology throws synchronously', async () => {
    const logs = new LogCapture();
    const context = {
      activity: { id: 'a2', channelId: 'msteams' },
      sendActivity: () => {
        throw new TypeError('revoked meanwhile');
      },
    };
    await expect(
      turnErrorHandler(createLogger('info', logs))(context as unknown as TurnContext, new Error('boom')),
    ).resolves.toBeUndefined();
    expect(logs.records().map((r) => r.msg)).toEqual([
      'unhandled turn error',
      'could not send the error message',
    ]);
  });
});
