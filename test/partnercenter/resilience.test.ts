import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../src/partnercenter/transport';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient({ attemptTimeoutMs: 300, budgetMs: 2500 });
});
afterAll(() => pc.sandbox.close());
beforeEach(() => {
  pc.sandbox.knobs.reset();
  pc.sandbox.clearRequests();
});

const customerCalls = () =>
  pc.sandbox.requests.filter((r) => r.path.toLowerCase().startsWith('/v1/customers/'));

describe('throttling and retries, through the sandbox fault knobs', () => {
  it('waits Retry-After on a 429 and retries with the same MS-RequestId', async () => {
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 429, retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    const customer = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.id).toBe(CONTOSO_TENANT_ID);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const [first, second] = customerCalls();
    expect(first?.status).toBe(429);
    expect(second?.status).toBe(200);
    expect(second?.headers['ms-requestid']).toBe(first?.headers['ms-requestid']);
    expect(pc.metrics.total(pc.metrics.retries, 'getCustomer throttled')).toBe(1);
  });

  it('fails fast as throttled when Retry-After does not fit the budget', async () => {
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 429, retryAfterSeconds: 57 });
    const retriedBefore = pc.metrics.total(pc.metrics.retries, 'getCustomer throttled');
    const err = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'throttled', status: 429, retryAfterSeconds: 57 });
    // One call, no wait and no retry: waiting 57 s would also outlast the test.
    expect(customerCalls().map((r) => r.status)).toEqual([429]);
    expect(pc.metrics.total(pc.metrics.retries, 'getCustomer throttled')).toBe(retriedBefore);
  });

  it('retries a 500 with backoff and then succeeds', async () => {
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 500, times: 2 });
    const customer = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.id).toBe(CONTOSO_TENANT_ID);
    expect(customerCalls().map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(customerCalls().map((r) => r.headers['ms-requestid'])).size).toBe(1);
  });

  it('reports an upstream failure when 5xx persists', async () => {
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 503 });
    const err = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'upstream', status: 503 });
    expect(customerCalls().length).toBe(DEFAULT_TRANSPORT_SETTINGS.maxRetries + 1);
  });

  it('does not retry a 404', async () => {
    const err = await pc.client.getOrder(CONTOSO_TENANT_ID, 'missing', turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'notFound' });
    expect(customerCalls().length).toBe(1);
  });

  it('abandons a hanging attempt, retries, and reports a timeout within the budget', async () => {
    pc.sandbox.knobs.faults.push({ match: '/customers/', status: 200, hang: true });
    const err = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'timeout' });
    // Each attempt was abandoned (never answered) and retried, and the retries stop: no attempt is left open.
    const calls = customerCalls();
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(DEFAULT_TRANSPORT_SETTINGS.maxRetries + 1);
    expect(calls.every((r) => r.status === 0)).toBe(true);
  });

  it('reports a refused connection as a network failure', async () => {
    const client = new PartnerCenterClient(
      new Transport({
        ...DEFAULT_TRANSPORT_SETTINGS,
        retryDelayMs: 10,
        maxRetries: 1,
        baseUrl: 'http://127.0.0.1:1',
        tokens: new StaticTokenProvider('x'),
      }),
    );
    const err = await client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'network', status: 0 });
  });
});
