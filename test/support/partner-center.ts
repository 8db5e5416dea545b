import { CountingMetrics } from '../../src/metrics/metrics';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import type { RequestContext } from '../../src/partnercenter/request-context';
import {
  DEFAULT_TRANSPORT_SETTINGS,
  Transport,
  type TransportOptions,
} from '../../src/partnercenter/transport';
import { SANDBOX_TOKEN, startSandbox, type Sandbox } from '../../dev/sandbox';

export interface SandboxClient {
  sandbox: Sandbox;
  client: PartnerCenterClient;
  metrics: CountingMetrics;
}

/** A real sandbox on a random port and the real client talking to it over HTTP. */
export async function startSandboxClient(overrides: Partial<TransportOptions> = {}): Promise<SandboxClient> {
  const sandbox = await startSandbox({ port: 0 });
  const metrics = new CountingMetrics();
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    retryDelayMs: 20,
    maxRetryDelayMs: 100,
    baseUrl: sandbox.url,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
    metrics,
    ...overrides,
  });
  return { sandbox, client: new PartnerCenterClient(transport), metrics };
}

export const turn = (correlationId = 'c0ffee00-0000-4000-8000-000000000001'): RequestContext => ({
  correlationId,
  locale: 'en-US',
});
