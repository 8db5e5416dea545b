import { sendToBot, cardText } from '../support/emulator';
import { sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';

// What the platform sees: liveness, readiness, Prometheus metrics, and a shutdown that lets turns finish.

const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const FOREIGN_TENANT = 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b';

async function get(url: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('health, readiness and metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_TENANT_IDS: TENANT });
  });
  afterAll(() => stopHarness(h));

  it('GET /healthz is 200 without touching Partner Center', async () => {
    h.app.sandbox!.clearRequests();
    const health = await get(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('GET /readyz is 200 when a token can be had and Partner Center answers', async () => {
    const ready = await get(`${h.app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({
      ready: true,
      checks: { token: { ok: true }, partnerCenter: { ok: true } },
      // The order index's coverage (issue 18): nothing read yet, the crawler starts 30 s after the bot.
      info: { index: { customers: 0, totalCustomers: 0, firstPass: 0, orders: 0, subscriptions: 0 } },
      checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it("GET /metrics is the Prometheus text format with the bot's metrics after traffic", async () => {
    const teams = { tenantId: TENANT, aadObjectId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
    await sendAsTeams(h, 'orders for contoso', teams); // miss
    await sendAsTeams(h, 'orders for contoso', teams); // hit
    h.app.sandbox!.knobs.faults.push({ match: '/orders', status: 503, times: 1 });
    try {
      await sendAsTeams(h, 'orders for fabrikam retail refresh', teams); // one retry, then 200
    } finally {
      h.app.sandbox!.knobs.reset();
    }
    await sendAsTeams(h, 'orders for contoso', { ...teams, tenantId: FOREIGN_TENANT }); // refused

    const metrics = await get(`${h.app.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = metrics.body;
    expect(text).toContain('# TYPE pcbot_turn_duration_seconds histogram');
    expect(text).toMatch(/^pcbot_turn_duration_seconds_count\{command="orders",result="ok"\} [3-9]$/m);
    expect(text).toMatch(/^pcbot_turn_duration_seconds_count\{command="unknown",result="refused"\} 1$/m);
    expect(text).toMatch(/^pcbot_upstream_calls_total\{operation="listOrders",status="200"\} [2-9]$/m);
    expect(text).toMatch(/^pcbot_upstream_duration_seconds_count\{operation="listOrders"\} \d+$/m);
    expect(text).toMatch(/^pcbot_cache_lookups_total\{operation="listOrders",outcome="miss"\} \d+$/m);
    expect(text).toMatch(/^pcbot_cache_lookups_total\{operation="listOrders",outcome="hit"\} \d+$/m);
    expect(text).toMatch(/^pcbot_upstream_retries_total\{operation="listOrders",kind="upstream"\} 1$/m);
    expect(text).toMatch(/^pcbot_refused_total\{reason="tenant"\} 1$/m);
    // Labels are operation names and outcomes, never customer, tenant, user or correlation ids.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text).not.toMatch(/contoso/i);
  });

  it('answers other methods and paths without a 5xx', async () => {
    expect((await get(`${h.app.url}/api/messages`)).status).toBe(405);
    expect((await get(`${h.app.url}/nope`)).status).toBe(404);
  });
});

describe('readiness when Partner Center fails', () => {
  it('GET /readyz is 503 and names the failing check (a fresh app: reports are cached for 10 s)', async () => {
    const h = await startHarness();
    try {
      h.app.sandbox!.knobs.faults.push({ match: '/relationships', status: 500 });
      const ready = await get(`${h.app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toEqual({
        ready: false,
        checks: { token: { ok: true }, partnerCenter: { ok: false, detail: 'upstream' } },
        info: { index: expect.objectContaining({ customers: 0 }) },
        checkedAt: expect.any(String),
      });
      expect(ready.body).not.toMatch(/sandbox-token|Bearer/);
      // Liveness does not depend on Partner Center: the process is fine, it should not be restarted.
      expect((await get(`${h.app.url}/healthz`)).status).toBe(200);
    } finally {
      await stopHarness(h);
    }
  });
});

describe('graceful shutdown', () => {
  it('lets a turn in flight finish and answer before the app stops', async () => {
    const h = await startHarness();
    let closed = false;
    try {
      h.app.sandbox!.knobs.latencyMs = 500;
      const turn = sendToBot(h.app.url, h.connector, 'orders for contoso');
      // Wait until the turn is inside Partner Center.
      while (h.app.sandbox!.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
      const closing = h.app.close().then(() => (closed = true));
      const result = await turn;
      expect(result.status).toBe(200);
      expect(result.cards).toHaveLength(1);
      expect(cardText(result.cards[0])).toContain('Contoso');
      await closing;
      expect(closed).toBe(true);
      // No new connections once closed.
      await expect(fetch(`${h.app.url}/healthz`)).rejects.toThrow();
    } finally {
      await h.connector.close();
      if (!closed) await h.app.close();
    }
  });

  it('closes at once when nothing is in flight', async () => {
    // A close that waited for the shutdown deadline (5 minutes here) would outlast the test.
    const h = await startHarness({ SHUTDOWN_DEADLINE_MS: '300000' });
    await sendToBot(h.app.url, h.connector, 'help');
    await stopHarness(h);
    await expect(fetch(`${h.app.url}/healthz`)).rejects.toThrow();
  });
});
