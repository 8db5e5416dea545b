import { CONTOSO_TENANT_ID, SANDBOX_TOKEN } from '../../../dev/sandbox';
import { authHeaders, getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const CUSTOMER = `/v1/customers/${CONTOSO_TENANT_ID}`;

describe('authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { Authorization: 'Bearer not-a-token' }],
    ['another scheme', { Authorization: `Basic ${SANDBOX_TOKEN}` }],
  ])(
    'answers 401 with a Partner Center error body for %s',
    async (_what, headers: Record<string, string>) => {
      const { status, headers: responseHeaders, body } = await getJson(sandbox(), CUSTOMER, headers);
      expect(status).toBe(401);
      expect(responseHeaders.get('www-authenticate')).toMatch(/^Bearer/);
      expect(body).toEqual({
        code: 900401,
        description: 'Authentication failed: missing or invalid bearer token',
        data: [],
        source: 'PartnerFD',
      });
    },
  );

  it('accepts the bearer scheme in any case', async () => {
    expect((await getJson(sandbox(), CUSTOMER, { Authorization: `bearer ${SANDBOX_TOKEN}` })).status).toBe(
      200,
    );
  });
});

describe('trace headers', () => {
  it('echoes MS-RequestId and MS-CorrelationId and adds MS-CV and MS-ServerId', async () => {
    const requestId = '0e5fc923-8e3c-4560-9100-ce7283c3e081';
    const correlationId = '8a53b025-d5be-4d98-ab20-229d1813de76';
    const { headers } = await getJson(
      sandbox(),
      CUSTOMER,
      authHeaders({ 'MS-RequestId': requestId, 'MS-CorrelationId': correlationId, 'MS-CV': 'abc.1' }),
    );
    expect(headers.get('ms-requestid')).toBe(requestId);
    expect(headers.get('ms-correlationid')).toBe(correlationId);
    expect(headers.get('ms-cv')).toBe('abc.1.1');
    expect(headers.get('ms-serverid')).toMatch(/^\d+$/);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('makes ids up when the request has none, on errors too', async () => {
    const { status, headers } = await getJson(sandbox(), '/v1/customers/nope', authHeaders());
    expect(status).toBe(404);
    expect(headers.get('ms-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('ms-correlationid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('ms-cv')).toMatch(/\.0$/);
  });
});

describe('routing', () => {
  it('answers an unknown route with 404 and a numeric code', async () => {
    const { status, body } = await getJson(sandbox(), '/v1/invoices', authHeaders());
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 1000, data: [], source: 'PartnerFD' });
  });

  it('answers 405 with Allow for a method the route does not have', async () => {
    const res = await fetch(`${sandbox().url}${CUSTOMER}/orders`, {
      method: 'POST',
      headers: authHeaders(),
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(await res.json()).toMatchObject({ code: 405, source: 'PartnerFD' });
  });

  it('tolerates a trailing slash', async () => {
    expect((await getJson(sandbox(), `${CUSTOMER}/orders/`)).status).toBe(200);
  });
});

describe('request recording', () => {
  it('records every request in order, with lowercased headers and never Authorization', async () => {
    await getJson(
      sandbox(),
      `${CUSTOMER}/orders?billingType=onetime`,
      authHeaders({ 'MS-CorrelationId': 'c-1' }),
    );
    await getJson(sandbox(), CUSTOMER, {});
    const [first, second] = sandbox().requests;
    expect(sandbox().requests).toHaveLength(2);
    expect(first).toMatchObject({
      method: 'GET',
      path: `${CUSTOMER}/orders`,
      query: { billingType: 'onetime' },
      status: 200,
    });
    expect(first?.headers['ms-correlationid']).toBe('c-1');
    expect(first?.headers.accept).toBe('application/json');
    expect(first?.headers).not.toHaveProperty('authorization');
    expect(second?.status).toBe(401);
    expect(second?.at).toBeGreaterThanOrEqual(first?.at ?? Infinity);
  });

  it('clears in place, so a held reference sees the change', async () => {
    const held = sandbox().requests;
    await getJson(sandbox(), CUSTOMER);
    expect(held).toHaveLength(1);
    sandbox().clearRequests();
    expect(held).toHaveLength(0);
  });

  it('does not record control requests', async () => {
    await fetch(`${sandbox().url}/_sandbox/knobs`);
    expect(sandbox().requests).toHaveLength(0);
  });
});
