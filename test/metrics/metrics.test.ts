import { CountingMetrics } from '../../src/metrics/metrics';
import { PrometheusMetrics } from '../../src/metrics/prometheus';

describe('CountingMetrics', () => {
  it('counts calls, retries and cache lookups by operation and outcome', () => {
    const m = new CountingMetrics();
    m.upstreamCall('listOrders', 200);
    m.upstreamCall('listOrders', 200);
    m.upstreamCall('getCustomer', 404);
    m.upstreamRetry('listOrders', 'throttled');
    m.cacheLookup('listOrders', 'hit');
    m.cacheLookup('listOrders', 'miss');
    expect(m.calls).toEqual({ 'listOrders 200': 2, 'getCustomer 404': 1 });
    expect(m.total(m.calls)).toBe(3);
    expect(m.total(m.calls, 'listOrders ')).toBe(2);
    expect(m.total(m.retries, 'listOrders ')).toBe(1);
    expect(m.total(m.cache, 'listOrders ')).toBe(2);
    expect(m.total(m.cache, 'getCustomer ')).toBe(0);
  });
});

describe('PrometheusMetrics', () => {
  it('exposes every metric in the Prometheus text format with low-cardinality labels', async () => {
    const p = new PrometheusMetrics();
    p.upstreamCall('listOrders', 200, 120);
    p.upstreamRetry('listOrders', 'throttled');
    p.cacheLookup('getCustomer', 'hit');
    p.turn('orders', 'ok', 340);
    p.refusal('tenant');
    const text = await p.registry.metrics();
    expect(p.registry.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE pcbot_upstream_calls_total counter');
    expect(text).toMatch(/^pcbot_upstream_calls_total\{operation="listOrders",status="200"\} 1$/m);
    expect(text).toMatch(/^pcbot_upstream_duration_seconds_bucket\{le="0\.25",operation="listOrders"\} 1$/m);
    expect(text).toMatch(/^pcbot_upstream_retries_total\{operation="listOrders",kind="throttled"\} 1$/m);
    expect(text).toMatch(/^pcbot_cache_lookups_total\{operation="getCustomer",outcome="hit"\} 1$/m);
    expect(text).toContain('# TYPE pcbot_turn_duration_seconds histogram');
    expect(text).toMatch(/^pcbot_turn_duration_seconds_bucket\{le="0\.5",command="orders",result="ok"\} 1$/m);
    expect(text).toMatch(/^pcbot_turn_duration_seconds_sum\{command="orders",result="ok"\} 0\.34$/m);
    expect(text).toMatch(/^pcbot_refused_total\{reason="tenant"\} 1$/m);
    expect(text).toMatch(/^pcbot_process_cpu_user_seconds_total /m);
  });

  it('keeps a registry per instance, so two apps in one process do not share counts', async () => {
    const a = new PrometheusMetrics();
    const b = new PrometheusMetrics();
    a.refusal('rate');
    expect(await b.registry.metrics()).not.toMatch(/^pcbot_refused_total\{reason="rate"\}/m);
  });
});
