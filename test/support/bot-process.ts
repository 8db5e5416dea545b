// The built bot (dist/src/index.js) in a process of its own, started as `npm start` starts it: for tests that
// need what one process cannot show (a SIGKILL, the compiled module load order). The tests run from dist/ too.

import { spawn, type ChildProcess } from 'node:child_process';

export const BUILT_ENTRY = require.resolve('../../src/index');

export interface BotProcess {
  child: ChildProcess;
  /** e.g. http://127.0.0.1:40257 */
  botUrl: string;
  /** The embedded sandbox's URL, when the bot started one. */
  sandboxUrl?: string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Starts the built bot with `env` over this process's environment and waits until it says it listens (and,
 * with `sandbox`, that its embedded sandbox does); rejects if that takes more than 15 s.
 */
export async function startBotProcess(
  env: Record<string, string>,
  { sandbox = false } = {},
): Promise<BotProcess> {
  const child = spawn(process.execPath, [BUILT_ENTRY], {
    env: { ...process.env, PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = () => /Bot listening on/.test(out) && (!sandbox || /sandbox listening on/.test(out));
  for (let i = 0; i < 300 && !ready() && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const botUrl = /Bot listening on (http:\/\/[^/\s]+)/.exec(out)?.[1];
  if (!ready() || !botUrl) {
    child.kill('SIGKILL');
    throw new Error(`the built bot did not start: ${err || out}`);
  }
  return {
    child,
    botUrl,
    sandboxUrl: /sandbox listening on (http:\/\/[^\s]+)/.exec(out)?.[1],
    stdout: () => out,
    stderr: () => err,
    exited,
  };
}
