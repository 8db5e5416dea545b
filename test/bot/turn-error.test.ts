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

  it.each([
    ['pt-BR', 'Desculpe, algo deu errado do meu lado. Tente de novo em instantes.'],
    ['zh-CN', '抱歉，我这边出了点问题。请稍后重试。'],
    ['it-IT', 'Spiacente, qualcosa è andato storto da parte mia. Riprova tra poco.'],
    ['en-US', 'Sorry, something went wrong on my side. Please try again in a moment.'],
  ])('apologises in the person’s language (%s)', async (locale, apology) => {
    const sent: unknown[] = [];
    const context = {
      activity: { id: 'a3', channelId: 'msteams', locale },
      sendActivity: (text: unknown) => {
        sent.push(text);
        return Promise.resolve(undefined);
      },
    };
    await turnErrorHandler(createLogger('silent'))(context as unknown as TurnContext, new Error('boom'));
    expect(sent).toEqual([apology]);
  });
});
