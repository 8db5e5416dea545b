// `npm run chat`: talk to the bot in a terminal, without the Emulator. The real app runs in-process (on free
// ports, beside any `npm start`), its replies come back through a small connector, and cards print as text
// with numbered buttons: type the number to click one.

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { ConfigError, type Config } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import type { Chat } from './chat';
import { chatConfig } from './config';

const DIM = (on: boolean) => (text: string) => (on ? `\x1b[2m${text}\x1b[0m` : text);

function banner(config: Config, chat: Chat, logPath: string | undefined, dim: (t: string) => string): string {
  const pc = config.partnerCenter;
  const partnerCenter =
    pc.mode === 'sandbox'
      ? `the embedded Partner Center sandbox at ${chat.app.sandbox?.url ?? '?'} (no credentials configured)`
      : `Partner Center (${pc.cloud}, tenant ${pc.tenantId})`;
  const lines = [
    `Orders Bot chat: the bot at ${chat.app.url}/api/messages, answering from ${partnerCenter}.`,
    logPath ? `Logs go to ${logPath}.` : 'Logs are off (LOG_LEVEL=silent).',
  ];
  if (chat.ignoredAppId) {
    lines.push('MicrosoftAppId is ignored here: the chat talks to the bot in-process, as the Emulator does.');
  }
  lines.push(
    'Type "help" to see what the bot can do, a number to click a button, /help for more, /quit to leave.',
  );
  return dim(lines.join('\n'));
}

async function main(): Promise<void> {
  // A .env file beside package.json, if any; variables already in the environment win (as for npm start).
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = process.env;
  let config: Config;
  try {
    config = chatConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  // Logs go to a file, never to the terminal: they would garble the prompt.
  const logPath =
    config.logLevel === 'silent' ? undefined : env.CHAT_LOG || join(tmpdir(), 'pc-orders-bot-chat.log');
  const logger = logPath
    ? createLogger(config.logLevel, pino.destination({ dest: logPath, sync: true, mkdir: true }))
    : createLogger('silent');

  // Node's warnings (a deprecation in restify's dependencies) go to the log too, not over the prompt. The app
  // is loaded only now, so that this applies to the warnings printed while it loads.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ err: warning }, 'node warning'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, not an ES module import
  const { startChat } = require('./chat') as typeof import('./chat.js');

  const tty = !!process.stdout.isTTY;
  const color = tty && !env.NO_COLOR;
  const dim = DIM(color);
  let typing = false;
  const chat = await startChat({
    env,
    logger,
    locale: env.CHAT_LOCALE?.trim() || 'en-US',
    tenantId: env.CHAT_TENANT_ID?.trim() || undefined,
    user: { id: 'chat-user', name: 'Chat user', aadObjectId: env.CHAT_USER_AAD_ID?.trim() || undefined },
    color,
    width: () => process.stdout.columns || 100,
    onTyping: () => {
      if (!tty) return;
      typing = true;
      process.stdout.write(dim('  …'));
    },
  });
  const print = (text: string) => {
    if (typing) process.stdout.write('\r\x1b[K');
    typing = false;
    if (text) process.stdout.write(`${text}\n\n`);
  };

  let closed = false;
  const shutdown = async (code: number) => {
    if (closed) return;
    closed = true;
    await chat.close();
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown(0));

  print(banner(config, chat, logPath, dim));
  print((await chat.session.welcome()).text);

  const interactive = !!process.stdin.isTTY && tty;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'you> ',
    terminal: interactive,
  });
  rl.on('SIGINT', () => rl.close());
  rl.prompt();
  let quit = false;
  for await (const line of rl) {
    // Piped input is not echoed by a terminal: show it, so the transcript reads like a conversation.
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    try {
      const output = await chat.session.input(line);
      quit = !!output.quit;
      print(output.text);
    } catch (err) {
      print(`Something went wrong in the chat: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (quit) break;
    rl.prompt();
  }
  rl.close();
  // After Ctrl-D (or the end of piped input) the cursor still sits after the prompt.
  process.stdout.write(quit ? 'Bye.\n' : '\nBye.\n');
  await shutdown(0);
}

main().catch((err: unknown) => {
  // One line, whatever the message holds: never a stack trace.
  const message = err instanceof Error ? err.message : String(err);
  console.error(`Could not start the chat: ${message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim()}`);
  process.exit(1);
});
