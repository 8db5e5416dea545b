import { startApp, type AppOptions, type RunningApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { TestConnector } from './connector';

export interface E2E {
  app: RunningApp;
  connector: TestConnector;
}

/** Starts the real server (sandbox, client, cache, botbuilder, restify) on random ports, plus a connector. */
export async function startE2E(env: Record<string, string> = {}, options: AppOptions = {}): Promise<E2E> {
  // No customer directory unless a test asks for one: its background load would show in upstream counts.
  const config = readConfig({
    PORT: '0',
    SANDBOX_PORT: '0',
    CUSTOMER_DIRECTORY_REFRESH_MINUTES: '0',
    ...env,
  });
  const app = await startApp(config, createLogger('silent'), options);
  const connector = await new TestConnector().start();
  return { app, connector };
}

export async function stopE2E(e2e: E2E | undefined): Promise<void> {
  await e2e?.connector.close();
  await e2e?.app.close();
}
