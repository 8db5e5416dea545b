import { existsSync } from 'node:fs';
import { startApp } from './app';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logging/logger';

async function main(): Promise<void> {
  // A .env file beside package.json, if any; variables already in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  console.log(`Bot listening on ${app.url}/api/messages`);
  if (app.sandbox)
    console.log(`Partner Center sandbox listening on ${app.sandbox.url} (no credentials configured)`);
  if (!config.bot.appId) {
    console.log(
      `Emulator mode: no MicrosoftAppId, so inbound auth is off and the bot listens on ${config.host} only`,
    );
  }

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
