import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, type Output, type RunResult } from '../src/index';
import { ChildApp } from './server/child-app';
import { emulatorActivity } from './server/harness';
import { SilentConnector } from './server/silent-connector';
import { LogCapture } from './server/harness';

class Lines implements Output {
  readonly out: string[] = [];
  readonly err: string[] = [];
  log(line: string): void {
    this.out.push(line);
  }
  error(line: string): void {
    this.err.push(line);
  }
}

const started: RunResult[] = [];
afterEach(async () => {
  for (const result of started.splice(0)) if ('app' in result) await result.app.close();
});

describe('run: start-up in one place, testable without a process', () => {
  it('a configuration problem is exactly one line and exit code 1', async () => {
    const lines = new Lines();
    const result = await run({ PORT: 'abc' }, lines);
    expect(result).toEqual({ exitCode: 1 });
    expect(lines.err).toEqual([
      'Configuration error: PORT must be a whole number from 0 to 65535, got "abc"',
    ]);
    expect(lines.out).toEqual([]);
  });

  it.each([
    [
      { MicrosoftAppType: 'SingleTenant' },
      /^Configuration error: MicrosoftAppType is set but MicrosoftAppId is empty/,
    ],
    [{ PARTNER_CENTER_CLOUD: 'moon' }, /^Configuration error: PARTNER_CENTER_CLOUD must be one of/],
    [
      { PARTNER_CENTER_CLIENT_ID: 'app', PARTNER_CENTER_CLIENT_SECRET: 's' },
      /PARTNER_CENTER_TENANT_ID is empty/,
    ],
    [{ ALLOWED_TENANT_IDS: 'contoso.com' }, /^Configuration error: ALLOWED_TENANT_IDS must list GUIDs/],
    [
      { PORT: '80\n80' },
      /^Configuration error: PORT must be a whole number from 0 to 65535, got "80\\u000a80"$/,
    ],
  ])('%j → one line', async (env, expected) => {
    const lines = new Lines();
    expect(await run(env, lines)).toEqual({ exitCode: 1 });
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toMatch(expected);
    expect(lines.err[0]).not.toMatch(/[\r\n]/);
    expect(lines.out).toEqual([]);
  });

  it('a port in use is one line "Could not start", not a stack trace', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const lines = new Lines();
      const result = await run({ PORT: '0', SANDBOX_PORT: String(port), LOG_LEVEL: 'silent' }, lines);
      expect(result).toEqual({ exitCode: 1 });
      expect(lines.err).toHaveLength(1);
      expect(lines.err[0]).toMatch(/^Could not start: .*EADDRINUSE/);
      expect(lines.err[0]).not.toMatch(/\n/);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });

  it('starts in Emulator mode on 127.0.0.1 and says so', async () => {
    const lines = new Lines();
    const logs = new LogCapture();
    const result = await run({ PORT: '0', SANDBOX_PORT: '0' }, lines, logs);
    started.push(result);
    expect('app' in result).toBe(true);
    if (!('app' in result)) return;
    expect(lines.err).toEqual([]);
    expect(lines.out[0]).toMatch(/^Bot listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages$/);
    expect(lines.out[1]).toMatch(/^Partner Center sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(lines.out[2]).toMatch(/^Emulator mode: .* listens on 127\.0\.0\.1 only$/);
    expect((await fetch(`${result.app.url}/healthz`)).status).toBe(200);
  });
});

describe('the entrypoint as a process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pcbot-entry-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function execute(
    env: Record<string, string>,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done, fail) => {
      // cwd is an empty folder, so no .env is read; the environment holds only what the test gives.
      const child = spawn(
        process.execPath,
        // ts-node is not installed: the hook compiles src/*.ts with the project's TypeScript.
        ['-r', resolve(__dirname, 'server/ts-hook.js'), resolve(__dirname, '../src/index.ts')],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  }

  it('prints exactly one line and exits 1 on a configuration error', async () => {
    const { code, stdout, stderr } = await execute({ PORT: 'abc', MicrosoftAppPassword: 'do-not-print-me' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Configuration error: PORT must be a whole number from 0 to 65535, got "abc"\n');
  });

  it('prints exactly one line for a value with a line break in it', async () => {
    const { code, stderr } = await execute({ MicrosoftAppType: 'Single\nTenant' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^Configuration error: MicrosoftAppType must be one of/),
      '',
    ]);
  });
});

describe('stopping', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: logs "shutting down" and exits 0',
    async (signal) => {
      const app = await ChildApp.start({ PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'info' });
      try {
        expect(await app.healthy()).toBe(true);
        expect(await app.stop(signal)).toBe(0);
        expect(app.logRecords().map((r) => r.msg)).toContain('shutting down');
        expect(app.stderr).toBe('');
      } finally {
        await app.dispose();
      }
    },
    90_000,
  );

  it('SIGTERM while a turn is stuck on a connector that never answers: exits 0 after the shutdown deadline', async () => {
    const silent = await new SilentConnector().start();
    // SHUTDOWN_DEADLINE_MS keeps this test short once config reads it; until then the default (20 s) applies.
    const app = await ChildApp.start({
      PORT: '0',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_DEADLINE_MS: '500',
    });
    try {
      const stuck = fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(emulatorActivity(silent.url, 'help')),
      }).catch(() => undefined);
      for (let i = 0; i < 500 && silent.received.length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(silent.received.length).toBeGreaterThan(0);
      // On main the process never exited: the drain waited for the turn forever.
      expect(await app.stop('SIGTERM')).toBe(0);
      await stuck;
      expect(app.stderr).toBe('');
    } finally {
      await app.dispose();
      await silent.close();
    }
  }, 90_000);
});
