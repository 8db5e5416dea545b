import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

// The real entrypoint (compiled, as the tests are) in its own process, so a test can see whether a request kills
// it: an uncaught exception in the server ends that process, not the test runner.

const ENTRYPOINT = require.resolve('../../src/index');
const START_TIMEOUT_MS = 60_000;

export class ChildApp {
  private out = '';
  private err = '';
  private readonly exited: Promise<number | null>;
  url = '';

  private constructor(
    private readonly child: ChildProcessByStdio<null, Readable, Readable>,
    private readonly cwd: string,
  ) {
    child.stdout.on('data', (chunk: Buffer) => (this.out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.err += chunk.toString()));
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
  }

  /** Starts the bot with exactly `env` (plus PATH), in an empty folder (no .env), and waits until it listens. */
  static async start(env: Record<string, string>): Promise<ChildApp> {
    const cwd = mkdtempSync(join(tmpdir(), 'pcbot-child-'));
    // No --no-deprecation: the app drops restify's DEP0111 itself (src/server/quiet-deprecations.ts), so stderr
    // holds only what the app prints.
    const child = spawn(process.execPath, [ENTRYPOINT], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new ChildApp(child, cwd);
    await app.listening();
    return app;
  }

  private async listening(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const match = /^Bot listening on (http:\/\/\S+)\/api\/messages$/m.exec(this.out);
      if (match) {
        this.url = match[1]!;
        return;
      }
      if (!this.running || Date.now() > deadline) {
        this.child.kill('SIGKILL');
        throw new Error(`the bot did not start:\n${this.out}\n${this.err}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get stdout(): string {
    return this.out;
  }

  get stderr(): string {
    return this.err;
  }

  /** The log lines (pino JSON on stdout) parsed; other lines skipped. */
  logRecords(): Record<string, unknown>[] {
    return this.out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** Whether the process is running and answers GET /healthz with 200. */
  async healthy(): Promise<boolean> {
    if (!this.running) return false;
    try {
      const response = await fetch(`${this.url}/healthz`);
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** Sends `signal` and waits for the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }

  /** Ends the process whatever state it is in, and removes its folder. */
  async dispose(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
    rmSync(this.cwd, { recursive: true, force: true });
  }
}
