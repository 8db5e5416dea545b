import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Output, type RunResult } from '../src/index';
import { ChildApp } from './server/child-app';
import { emulatorActivity } from './support/harness';
import { SilentConnector } from './server/silent-connector';
import { LogCapture } from './support/harness';

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

const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
/** A bot registration (inbound auth on), without Partner Center credentials. */
const REGISTRATION = {
  MicrosoftAppId: '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10',
  MicrosoftAppPassword: 'app-password-never-printed',
  MicrosoftAppTenantId: TENANT,
};

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

  it.each([
    [{ HOST: '0.0.0.0' }, /^Configuration error: HOST="0\.0\.0\.0" is not a loopback address/],
    [{ HOST: '::' }, /^Configuration error: HOST="::" is not a loopback address/],
    [{ HOST: '192.168.1.20' }, /^Configuration error: HOST="192\.168\.1\.20" is not a loopback address/],
    [
      { ...REGISTRATION },
      /^Configuration error: MicrosoftAppId is set but PARTNER_CENTER_CLIENT_ID is empty: Teams users need Partner Center credentials/,
    ],
    [
      { ...REGISTRATION, MicrosoftAppType: 'MultiTenant', PARTNER_CENTER_SANDBOX: 'true' },
      /^Configuration error: MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS/,
    ],
    [
      { PARTNER_CENTER_SANDBOX: 'true', PARTNER_CENTER_CLIENT_ID: TENANT },
      /^Configuration error: PARTNER_CENTER_SANDBOX=true but PARTNER_CENTER_CLIENT_ID is set/,
    ],
  ])('fails closed: %j is refused in one line', async (env, expected) => {
    const lines = new Lines();
    const result = await run({ PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', ...env }, lines);
    started.push(result); // closed after the test, should it have started after all
    expect(result).toEqual({ exitCode: 1 });
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toMatch(expected);
    expect(lines.err[0]).not.toContain(REGISTRATION.MicrosoftAppPassword);
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

  it('starts in Emulator mode on localhost (127.0.0.1, and ::1 where there is one) and says so', async () => {
    const lines = new Lines();
    const logs = new LogCapture();
    const result = await run({ PORT: '0', SANDBOX_PORT: '0' }, lines, logs);
    started.push(result);
    expect('app' in result).toBe(true);
    if (!('app' in result)) return;
    expect(lines.err).toEqual([]);
    expect(lines.out[0]).toMatch(/^Bot listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages$/);
    expect(lines.out[1]).toMatch(/^Partner Center sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    const where = result.app.server.addresses().includes('::1') ? '127.0.0.1 and ::1' : '127.0.0.1';
    expect(lines.out[2]).toBe(
      `Emulator mode: no MicrosoftAppId, so inbound auth is off and the bot listens on ${where} only`,
    );
    expect(lines.out).toHaveLength(3);
    expect((await fetch(`${result.app.url}/healthz`)).status).toBe(200);
  });

  it('says when a registered bot serves the sandbox (PARTNER_CENTER_SANDBOX=true) and which tenants it answers', async () => {
    const lines = new Lines();
    const result = await run(
      { ...REGISTRATION, PARTNER_CENTER_SANDBOX: 'true', HOST: '127.0.0.1', PORT: '0', SANDBOX_PORT: '0' },
      lines,
      new LogCapture(),
    );
    started.push(result);
    expect(lines.err).toEqual([]);
    expect(lines.out).toEqual([
      expect.stringMatching(/^Bot listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages$/),
      expect.stringMatching(
        /^Partner Center sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(PARTNER_CENTER_SANDBOX=true: invented data, every card says "Sandbox data"\)$/,
      ),
      `Inbound auth on (SingleTenant); tenants allowed: ${TENANT}`,
    ]);
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
      const child = spawn(process.execPath, [require.resolve('../src/index')], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // A bot that starts (where it should have refused) would run forever: stop it, the test then fails.
      const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(guard);
        done({ code, stdout, stderr });
      });
    });
  }

  it('prints exactly one line and exits 1 on a configuration error', async () => {
    const { code, stdout, stderr } = await execute({ PORT: 'abc', MicrosoftAppPassword: 'do-not-print-me' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Configuration error: PORT must be a whole number from 0 to 65535, got "abc"\n');
  });

  it('refuses Emulator mode on every interface (HOST=0.0.0.0, as the Dockerfile sets) in one line', async () => {
    const { code, stdout, stderr } = await execute({ HOST: '0.0.0.0', PORT: '0', SANDBOX_PORT: '0' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Configuration error: HOST="0\.0\.0\.0" is not a loopback address: [^\n]+\n$/);
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
    // A short shutdown deadline (the smallest SHUTDOWN_DEADLINE_MS allows) keeps this test quick.
    const app = await ChildApp.start({
      PORT: '0',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_DEADLINE_MS: '1000',
    }).catch(async (err: unknown) => {
      await silent.close();
      throw err;
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
