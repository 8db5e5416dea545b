// `npm start` runs the compiled output (dist/), whose module load order can differ from the TypeScript the other
// tests load: tsc drops type-only re-exports that a per-file transpiler keeps, so an import cycle may break only
// the build. `npm test` builds before jest runs; this starts the built bot as `npm start` does.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ENTRY = path.join(__dirname, '..', 'dist', 'src', 'index.js');

describe('the built entry point (dist/src/index.js)', () => {
  it('starts in Emulator mode with the sandbox, answers /healthz, and stops on SIGTERM', async () => {
    expect(existsSync(ENTRY)).toBe(true);
    const child = spawn(process.execPath, ['--no-deprecation', ENTRY], {
      env: { ...process.env, PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', MicrosoftAppId: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 300 && !/Bot listening on/.test(out) && child.exitCode === null; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect({ out, err }).toEqual({
        out: expect.stringMatching(/Bot listening on http:\/\/127\.0\.0\.1:\d+/),
        err: '',
      });
      const url = /Bot listening on (http:\/\/[^/\s]+)/.exec(out)![1];
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
