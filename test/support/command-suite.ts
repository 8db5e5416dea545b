// A suite that runs commands against the real sandbox over HTTP: one sandbox and client for the suite, and for
// each test reset knobs (then `prepare`) and a fresh response cache, so no answer leaks between tests.

import { CachedPartnerCenterApi, DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import type { CommandEnv } from '../../src/commands/deps';
import type { Sandbox } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from './partner-center';
import { REGISTRY } from '../../src/commands/registry';

export interface CommandSuite {
  readonly sandbox: Sandbox;
  /** What a command needs, as the bot gives it: the cached client and this turn's context. */
  env(ctx?: Partial<CommandEnv['ctx']>): CommandEnv;
}

/** Registers the suite's hooks; call it at the top of a test file. Retries are off, so faults show at once. */
export function commandSuite(
  correlationId: string,
  prepare: (sandbox: Sandbox) => void = () => {},
): CommandSuite {
  let pc: SandboxClient | undefined;
  let cache: ResponseCache | undefined;
  beforeAll(async () => {
    pc = await startSandboxClient({ maxRetries: 0 });
  });
  afterAll(async () => {
    await pc?.sandbox.close();
    cache?.close();
  });
  beforeEach(() => {
    pc!.sandbox.knobs.reset();
    prepare(pc!.sandbox);
    cache?.close();
    cache = new ResponseCache(DEFAULT_CACHE_POLICY);
  });
  return {
    get sandbox() {
      return pc!.sandbox;
    },
    env: (ctx = {}) => ({
      commands: REGISTRY,
      api: new CachedPartnerCenterApi(pc!.client, cache!, DEFAULT_CACHE_POLICY, 'global|partner-1'),
      ctx: { ...turn(correlationId), locale: 'en-US', ...ctx },
    }),
  };
}
