import type { Customer } from '../../../src/partnercenter/models';
import { CONTOSO_TENANT_ID, SANDBOX_TOKEN } from '../../../dev/sandbox';
import { getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const CUSTOMER = `/v1/customers/${CONTOSO_TENANT_ID}`;
const auth = { Authorization: `Bearer ${SANDBOX_TOKEN}` };

async function raw(path = CUSTOMER): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(sandbox().url + path, { headers: auth });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('latency', () => {
  it('delays every API response by latencyMs', async () => {
    sandbox().knobs.latencyMs = 150;
    const started = Date.now();
    await raw();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('reset() removes the delay', async () => {
    // A response still delayed by a minute would outlast the test.
    sandbox().knobs.latencyMs = 60_000;
    sandbox().knobs.reset();
    expect((await raw()).status).toBe(200);
  });
});

describe('faults', () => {
  it('throttles with 429, Retry-After and the throttling body, `times` times', async () => {
    sandbox().knobs.faults.push({ match: '/customers/', status: 429, retryAfterSeconds: 57, times: 2 });
    for (let i = 0; i < 2; i++) {
      const { status, headers, body } = await getJson(sandbox(), CUSTOMER);
      expect(status).toBe(429);
      expect(headers.get('retry-after')).toBe('57');
      expect(body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' });
    }
    expect(sandbox().knobs.faults).toEqual([]); // spent rules are removed
    expect((await getJson(sandbox(), CUSTOMER)).status).toBe(200);
    expect(sandbox().requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('answers 5xx with Partner Center error bodies until cleared', async () => {
    sandbox().knobs.faults.push({ status: 500 }, { match: '/orders', status: 503 });
    for (let i = 0; i < 3; i++) {
      const { status, body } = await getJson(sandbox(), CUSTOMER);
      expect(status).toBe(500);
      expect(body).toEqual({
        code: 500,
        description: 'Internal Server Error',
        data: [],
        source: 'PartnerFD',
      });
    }
    sandbox().knobs.faults.shift();
    expect((await getJson(sandbox(), `${CUSTOMER}/orders`)).status).toBe(503);
    expect((await getJson(sandbox(), CUSTOMER)).status).toBe(200);
  });

  it('matches the first rule in order and takes code and description overrides', async () => {
    sandbox().knobs.faults.push(
      { match: '/ORDERS', status: 401, code: 900420, description: 'Token audience not accepted', times: 1 },
      { status: 502 },
    );
    const first = await getJson(sandbox(), `${CUSTOMER}/orders`);
    expect(first.status).toBe(401);
    expect(first.body).toMatchObject({ code: 900420, description: 'Token audience not accepted' });
    expect((await getJson(sandbox(), `${CUSTOMER}/orders`)).status).toBe(502);
  });

  it('hangs without answering until the client gives up', async () => {
    sandbox().knobs.faults.push({ match: '/customers/', status: 200, hang: true, times: 1 });
    const outcome = await fetch(sandbox().url + CUSTOMER, {
      headers: auth,
      signal: AbortSignal.timeout(200),
    }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(outcome).toBe('TimeoutError');
    expect(sandbox().requests[0]?.status).toBe(0);
    expect((await raw()).status).toBe(200); // the next request is served
  });
});

describe('body knobs', () => {
  it('truncates the next N successful bodies', async () => {
    sandbox().knobs.malformedBody = 1;
    const broken = await raw();
    expect(broken.status).toBe(200);
    expect(Number(broken.headers.get('content-length'))).toBe(broken.bytes.length);
    expect(() => JSON.parse(broken.bytes.toString('utf8'))).toThrow();
    expect(sandbox().knobs.malformedBody).toBe(0);
    const fine = await raw();
    expect((JSON.parse(fine.bytes.toString('utf8')) as Customer).id).toBe(CONTOSO_TENANT_ID);
  });

  it('does not spend malformedBody on errors', async () => {
    sandbox().knobs.malformedBody = 1;
    expect((await raw('/v1/customers/nope')).status).toBe(404);
    expect(sandbox().knobs.malformedBody).toBe(1);
  });

  it('prefixes successful bodies with a UTF-8 BOM', async () => {
    sandbox().knobs.bom = true;
    const ok = await raw();
    expect([...ok.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => JSON.parse(ok.bytes.toString('utf8'))).toThrow(); // clients must strip it
    expect((JSON.parse(ok.bytes.toString('utf8').replace(/^\uFEFF/, '')) as Customer).id).toBe(
      CONTOSO_TENANT_ID,
    );
    const error = await raw('/v1/customers/nope');
    expect(error.bytes[0]).toBe('{'.charCodeAt(0));
  });
});

describe('wrong-shaped bodies', () => {
  it('answers a fault rule with `body` with that JSON, for `times` requests', async () => {
    sandbox().knobs.faults.push({ match: '/orders', status: 200, body: { items: 'not a list' }, times: 1 });
    const wrong = await getJson(sandbox(), `${CUSTOMER}/orders`);
    expect(wrong.status).toBe(200);
    expect(wrong.body).toEqual({ items: 'not a list' });
    const right = await getJson<{ items: unknown[] }>(sandbox(), `${CUSTOMER}/orders`);
    expect(Array.isArray(right.body.items)).toBe(true);
  });

  it('takes the body over HTTP too', async () => {
    const res = await fetch(`${sandbox().url}/_sandbox/knobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [{ match: '/customers/', status: 200, body: { id: 'x' } }] }),
    });
    expect(res.status).toBe(200);
    expect((await getJson(sandbox(), CUSTOMER)).body).toEqual({ id: 'x' });
  });
});

describe('HTTP control endpoint', () => {
  const post = (path: string, body?: unknown) =>
    fetch(sandbox().url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('sets knobs from JSON and resets them', async () => {
    const res = await post('/_sandbox/knobs', {
      latencyMs: 5,
      bom: true,
      faults: [{ status: 503, times: 1 }],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      latencyMs: 5,
      bom: true,
      malformedBody: 0,
      faults: [{ status: 503, times: 1 }],
      realData: false,
    });
    expect(sandbox().knobs.bom).toBe(true);
    expect((await raw()).status).toBe(503);
    expect((await post('/_sandbox/reset')).status).toBe(200);
    expect(sandbox().knobs).toMatchObject({ latencyMs: 0, bom: false, faults: [], malformedBody: 0 });
  });

  it('rejects invalid knobs and changes nothing', async () => {
    for (const body of [
      { latencyMs: -1 },
      { faults: [{ match: '/x' }] },
      { colour: 'red' },
      { bom: true, faults: 'no' },
    ]) {
      const res = await post('/_sandbox/knobs', body);
      expect(res.status).toBe(400);
    }
    expect(sandbox().knobs.bom).toBe(false);
    const notJson = await fetch(`${sandbox().url}/_sandbox/knobs`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('serves the recorded requests to other processes', async () => {
    await raw();
    const res = await fetch(`${sandbox().url}/_sandbox/requests`);
    expect(((await res.json()) as unknown[]).length).toBe(1);
    await fetch(`${sandbox().url}/_sandbox/requests`, { method: 'DELETE' });
    expect(sandbox().requests).toHaveLength(0);
  });
});
