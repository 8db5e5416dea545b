// `npm start` runs the compiled output (dist/), whose module load order can differ from the TypeScript the other
// tests load: tsc drops type-only re-exports that a per-file transpiler keeps, so an import cycle may break only
// the build. `npm test` builds before jest runs; this starts the built bot as `npm start` does.

import { existsSync } from 'node:fs';
import { BUILT_ENTRY, startBotProcess } from './support/bot-process';

describe('the built entry point (dist/src/index.js)', () => {
  it('starts in Emulator mode with the sandbox, answers /healthz, and stops on SIGTERM', async () => {
    expect(existsSync(BUILT_ENTRY)).toBe(true);
    const bot = await startBotProcess({}, { sandbox: true });
    try {
      expect({ out: bot.stdout(), err: bot.stderr() }).toEqual({
        out: expect.stringMatching(/Bot listening on http:\/\/127\.0\.0\.1:\d+/),
        err: '',
      });
      const health = await fetch(`${bot.botUrl}/healthz`);
      expect(health.status).toBe(200);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 30_000);
});
