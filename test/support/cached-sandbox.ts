// The cache in front of the real client and a running sandbox, for a test file: the sandbox is started once,
// its knobs and records are reset before each test, and every cache made is closed at the end.

import {
  CachedPartnerCenterApi,
  DEFAULT_CACHE_POLICY,
  ResponseCache,
  type CachePolicy,
} from '../../src/cache';
import type { TransportOptions } from '../../src/partnercenter/transport';
import { startSandboxClient, type SandboxClient } from './partner-center';

export interface CachedSandbox {
  /** The sandbox and the client talking to it (set once the file's tests start). */
  readonly pc: SandboxClient;
  /** A new cache with this policy (and clock, when time is the subject), and the cached API over the client. */
  setUp(
    policy?: Partial<CachePolicy>,
    options?: { now?: () => number },
  ): { cache: ResponseCache; api: CachedPartnerCenterApi };
  /** Orders-list calls the sandbox received since the last reset. */
  ordersCalls(): number;
}

export function useCachedSandbox(transport: Partial<TransportOptions> = {}): CachedSandbox {
  let pc: SandboxClient | undefined;
  const caches: ResponseCache[] = [];
  beforeAll(async () => {
    pc = await startSandboxClient(transport);
  });
  afterAll(async () => {
    await pc?.sandbox.close();
    for (const cache of caches) cache.close();
  });
  beforeEach(() => {
    pc?.sandbox.knobs.reset();
    pc?.sandbox.clearRequests();
  });
  const started = (): SandboxClient => {
    if (!pc) throw new Error('the sandbox starts in beforeAll');
    return pc;
  };
  return {
    get pc() {
      return started();
    },
    setUp(policy = {}, options = {}) {
      const full = { ...DEFAULT_CACHE_POLICY, ...policy };
      const cache = new ResponseCache(full, started().metrics, options);
      caches.push(cache);
      return { cache, api: new CachedPartnerCenterApi(started().client, cache, full, 'global|partner-1') };
    },
    ordersCalls: () => started().sandbox.requests.filter((r) => /\/orders$/i.test(r.path)).length,
  };
}
