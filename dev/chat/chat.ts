// The pieces of `npm run chat` without the terminal: the real app, a connector for its replies, a session.

export { chatConfig, type Env } from './config';

import { startApp, type RunningApp } from '../../src/app';
import type { Logger } from '../../src/logging/logger';
import { chatConfig, type Env } from './config';
import { ChatConnector } from './connector';
import { ChatSession, type ChatSessionOptions } from './session';

export interface Chat {
  app: RunningApp;
  connector: ChatConnector;
  session: ChatSession;
  /** Whether the app was configured with a bot registration that the chat leaves out (see chatConfig). */
  ignoredAppId: boolean;
  close(): Promise<void>;
}

export interface StartChatOptions extends Omit<ChatSessionOptions, 'botUrl' | 'connector'> {
  env: Env;
  logger: Logger;
}

/** Starts the real app and a connector on free loopback ports, and a session talking to both. */
export async function startChat({ env, logger, ...sessionOptions }: StartChatOptions): Promise<Chat> {
  const config = chatConfig(env);
  const app = await startApp(config, logger);
  let connector: ChatConnector;
  try {
    connector = await new ChatConnector().start();
  } catch (err) {
    await app.close();
    throw err;
  }
  const session = new ChatSession({ ...sessionOptions, botUrl: app.url, connector });
  let closing: Promise<void> | undefined;
  return {
    app,
    connector,
    session,
    ignoredAppId: !!(env.MicrosoftAppId ?? '').trim(),
    close() {
      closing ??= (async () => {
        await app.close();
        await connector.close();
      })();
      return closing;
    },
  };
}
