import { Gauge, type Registry } from 'prom-client';
import type { PartnerIndex } from './partner-index';

/** The index's coverage and age on /metrics, read from the store when scraped (shared by every instance). */
export function registerIndexMetrics(
  registry: Registry,
  index: PartnerIndex,
  now: () => number = Date.now,
): void {
  const gauge = (
    name: string,
    help: string,
    read: (c: Awaited<ReturnType<PartnerIndex['coverage']>>) => number,
  ) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const coverage = await index.coverage().catch(() => undefined);
        if (coverage) this.set(read(coverage));
      },
    });
  gauge(
    'pcbot_index_customers',
    'Customers the partner-wide index holds (read at least once)',
    (c) => c.customers,
  );
  gauge(
    'pcbot_index_customers_total',
    'Customers the partner has, as the crawler last listed them',
    (c) => c.totalCustomers,
  );
  gauge(
    'pcbot_index_first_pass_ratio',
    'Share of the first pass over every customer done (0..1)',
    (c) => c.firstPass,
  );
  gauge('pcbot_index_orders', 'Orders the index holds', (c) => c.orders);
  gauge('pcbot_index_subscriptions', 'Subscriptions the index holds', (c) => c.subscriptions);
  gauge('pcbot_index_age_seconds', 'Age of the stalest customer in the index', (c) =>
    c.asOf === undefined ? 0 : Math.max(0, (now() - c.asOf) / 1000),
  );
}
