// Retries that respect Partner Center's throttling guidance and the request's time budget (issue 10).

import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { DEFAULT_TRANSPORT_SETTINGS } from '../../src/partnercenter/transport';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

const running: SandboxClient[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((pc) => pc.sandbox.close()));
});

async function start(overrides: Parameters<typeof startSandboxClient>[0] = {}): Promise<SandboxClient> {
  const pc = await startSandboxClient(overrides);
  running.push(pc);
  return pc;
}

const customerCalls = (pc: SandboxClient) =>
  pc.sandbox.requests.filter((r) => r.path.toLowerCase().startsWith('/v1/customers/'));

describe('retries within the budget', () => {
  it('a 429 without Retry-After waits seconds before the retry, never retries at once', async () => {
    const pc = await start();
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 429, times: 1 });
    const customer = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.id).toBe(CONTOSO_TENANT_ID);
    const [first, second] = customerCalls(pc);
    expect(first?.status).toBe(429);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it('a list slower than the old 4 s attempt cap succeeds with one request', async () => {
    const pc = await start({ ...DEFAULT_TRANSPORT_SETTINGS, retryDelayMs: 20, maxRetryDelayMs: 100 });
    pc.sandbox.knobs.latencyMs = 4300;
    const customer = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.id).toBe(CONTOSO_TENANT_ID);
    expect(customerCalls(pc)).toHaveLength(1);
  }, 15_000);

  it('does not start a retry when too little of the budget is left for it to answer', async () => {
    const pc = await start({ budgetMs: 1500 });
    pc.sandbox.knobs.latencyMs = 1200;
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 503 });
    const err = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    // The 503 is the answer: a retry with ~300 ms left could only time out.
    expect(err).toMatchObject({ reason: 'upstream', status: 503 });
    expect(customerCalls(pc)).toHaveLength(1);
  });
});
