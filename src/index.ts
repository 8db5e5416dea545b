import { existsSync } from 'node:fs';
import type { DestinationStream } from 'pino';
import type { RunningApp } from './app';
import { ConfigError, readConfig, type Config } from './config';
import { createLogger, type Logger } from './logging/logger';

/** Where the start-up lines go: the console when executed, a collector in tests. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export type RunResult =
  { exitCode: number } | { exitCode?: undefined; app: RunningApp; config: Config; logger: Logger };

/** One line, whatever the message holds: a start-up failure is never a stack trace. */
function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/**
 * Reads the configuration and starts the bot. A problem is one line on `out.error` and an exit code; on
 * success the caller owns the running app.
 */
export async function run(
  env: Record<string, string | undefined>,
  out: Output,
  logDestination?: DestinationStream,
): Promise<RunResult> {
  let config: Config;
  try {
    config = readConfig(env);
  } catch (err) {
    out.error(
      err instanceof ConfigError ? `Configuration error: ${err.message}` : `Could not start: ${oneLine(err)}`,
    );
    return { exitCode: 1 };
  }
  const logger = createLogger(config.logLevel, logDestination);
  let app: RunningApp;
  try {
    // Loaded only once the configuration is valid: restify's dependencies print deprecation warnings when
    // loaded, and a configuration error must stay one line.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, not an ES module import
    const { startApp } = require('./app') as typeof import('./app.js');
    app = await startApp(config, logger);
  } catch (err) {
    out.error(`Could not start: ${oneLine(err)}`);
    return { exitCode: 1 };
  }
  out.log(`Bot listening on ${app.url}/api/messages`);
  if (app.sandbox) {
    const why = config.sandboxNotice
      ? 'PARTNER_CENTER_SANDBOX=true: invented data, every card says "Sandbox data"'
      : 'no credentials configured';
    out.log(`Partner Center sandbox listening on ${app.sandbox.url} (${why})`);
  }
  if (config.bot.appId) {
    out.log(
      `Inbound auth on (${config.bot.appType}); tenants allowed: ${config.access.allowedTenantIds.join(', ')}`,
    );
  } else {
    // readConfig refused any other HOST: config.host is a loopback address.
    out.log(
      `Emulator mode: no MicrosoftAppId, so inbound auth is off and the bot listens on ${app.server.addresses().join(' and ')} only`,
    );
  }
  return { app, config, logger };
}

async function main(): Promise<void> {
  // A .env file beside package.json, if any; variables already in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const result = await run(process.env, console);
  if (result.exitCode !== undefined) {
    process.exit(result.exitCode);
    return;
  }
  const { app, logger } = result;
  // close() is bounded: turns in flight get until the shutdown deadline, then their connections are closed. A
  // second signal while it runs ends the process at once (the handlers are `once`).
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
    } catch (err) {
      logger.error({ err }, 'could not shut down cleanly');
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`Could not start: ${oneLine(err)}`);
    process.exit(1);
  });
}
