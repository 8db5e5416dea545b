// The index's coverage and age on /metrics (src/index/metrics.ts): read from the store when scraped, so every
// instance shows the shared index as it is; a store that cannot answer leaves the scrape working.
import { Registry } from 'prom-client';
import { startApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { registerIndexMetrics } from '../../src/index/metrics';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedOrder } from '../../src/index/records';
import type { IndexStore } from '../../src/index/store';
import { createLogger } from '../../src/logging/logger';
import { memoryState } from '../../src/state/adapters';

const T0 = Date.parse('2026-07-01T10:00:00Z');

const order = (cust: string, n: number): IndexedOrder => ({
  id: `${cust}-order-${n}`,
  cust,
  status: 'completed',
  cycle: 'monthly',
  created: T0,
  changed: T0,
  lines: [],
});

/** Two customers of four read (at `t0` and 30 s later), three orders, one subscription. */
async function halfRead(t0 = T0): Promise<MemoryIndexStore> {
  const store = new MemoryIndexStore(100);
  await store.setProgress({ totalCustomers: 4 });
  await store.putCustomer({
    customerId: 'a',
    orders: [order('a', 1), order('a', 2)],
    subscriptions: [],
    at: t0,
  });
  await store.putCustomer({
    customerId: 'b',
    orders: [order('b', 1)],
    subscriptions: [{ id: 'b-sub-1', cust: 'b', status: 'active', qty: 3 }],
    at: t0 + 30_000,
  });
  return store;
}

/** The value of one unlabelled gauge in the text format. */
const gauge = (text: string, name: string): number | undefined => {
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
};

describe('the index on /metrics', () => {
  it('shows customers read of the total, the first pass, the records held and the age of the stalest', async () => {
    const registry = new Registry();
    const store = await halfRead();
    let now = T0 + 90_000;
    registerIndexMetrics(registry, new PartnerIndex(store), () => now);
    let text = await registry.metrics();
    expect(text).toContain('# TYPE pcbot_index_customers gauge');
    expect(gauge(text, 'pcbot_index_customers')).toBe(2);
    expect(gauge(text, 'pcbot_index_customers_total')).toBe(4);
    expect(gauge(text, 'pcbot_index_first_pass_ratio')).toBe(0.5);
    expect(gauge(text, 'pcbot_index_orders')).toBe(3);
    expect(gauge(text, 'pcbot_index_subscriptions')).toBe(1);
    expect(gauge(text, 'pcbot_index_age_seconds')).toBe(90);

    // Read at each scrape: the first pass ends, the stalest customer is read again, time goes on.
    await store.setProgress({ totalCustomers: 4, firstPassDoneAt: T0 + 60_000 });
    await store.putCustomer({ customerId: 'a', orders: [], subscriptions: [], at: T0 + 60_000 });
    now = T0 + 120_000;
    text = await registry.metrics();
    expect(gauge(text, 'pcbot_index_first_pass_ratio')).toBe(1);
    expect(gauge(text, 'pcbot_index_orders')).toBe(1);
    expect(gauge(text, 'pcbot_index_age_seconds')).toBe(90);
  });

  it('an empty index is 0 everywhere, its age included', async () => {
    const registry = new Registry();
    registerIndexMetrics(registry, new PartnerIndex(new MemoryIndexStore(10)), () => T0);
    const text = await registry.metrics();
    for (const name of ['customers', 'customers_total', 'first_pass_ratio', 'orders', 'age_seconds'])
      expect(gauge(text, `pcbot_index_${name}`)).toBe(0);
  });

  it('a store that cannot answer (Redis away) leaves the scrape working, with the last values read', async () => {
    const registry = new Registry();
    const store = await halfRead();
    registerIndexMetrics(registry, new PartnerIndex(store), () => T0 + 90_000);
    const before = await registry.metrics();
    store.stats = () => Promise.reject(new Error('redis is away'));
    const during = await registry.metrics();
    for (const name of ['customers', 'customers_total', 'orders', 'age_seconds'])
      expect(gauge(during, `pcbot_index_${name}`)).toBe(gauge(before, `pcbot_index_${name}`));
    expect(gauge(during, 'pcbot_index_customers')).toBe(2);
  });

  it("the running bot's /metrics shows the index it was given, and its age against the clock", async () => {
    const hourAgo = Date.now() - 3_600_000;
    const store = await halfRead(hourAgo);
    const state = { ...memoryState(), indexStore: (): IndexStore => store };
    const env = { PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', INDEX_BUDGET_SHARE: '0' };
    const app = await startApp(readConfig(env), createLogger('silent'), { state, directory: false });
    try {
      const response = await fetch(`${app.url}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(gauge(text, 'pcbot_index_customers')).toBe(2);
      expect(gauge(text, 'pcbot_index_customers_total')).toBe(4);
      // The stalest customer was read an hour ago, on the bot's own clock.
      expect(gauge(text, 'pcbot_index_age_seconds')).toBeGreaterThanOrEqual(3600);
      expect(gauge(text, 'pcbot_index_age_seconds')).toBeLessThan(3660);
    } finally {
      await app.close();
    }
  });
});
