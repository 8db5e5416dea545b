// The watch poller's upstream calls per hour, computed by running the real poller (its schedule, its store,
// its budget share) on a fake clock against a counting Partner Center that never changes: a real hour of
// polling would take an hour. Run: npm run build && node dist/bench/watch-poller.js
import { createLogger } from '../src/logging/logger';
import type { PartnerCenterApi } from '../src/partnercenter/api';
import type { Order } from '../src/partnercenter/models';
import { bucketShape } from '../src/state/token-bucket';
import { MemoryWatchStore, watchId, type Watch } from '../src/state/watch-store';
import { WatchPoller } from '../src/watch/poller';
import { POLLER_BUDGET_SHARE } from '../src/watch/poller-budget';

export interface PollingRun {
  watches: number;
  customers: number;
  /** Upstream calls in the measured hour. */
  callsPerHour: number;
  /** The most calls in any one minute of it. */
  maxCallsPerMinute: number;
  /** Calls if every watch were polled on its own at the same rate. */
  perOrderCallsPerHour: number;
  /** The poller's ceiling: a tenth of the partner budget. */
  budgetCeilingPerHour: number;
  /** Its ceiling in one minute: the rate plus the bucket's burst. */
  budgetCeilingPerMinute: number;
}

const TICK_MS = 10_000;
const HOUR = 3_600_000;

/**
 * `watches` over `customers`, created `agesMs(i)` before the hour starts (default: spread over the 14 days a
 * watch lives); the partner budget is `budgetPerMinute` (default 400).
 */
export async function simulatePolling(
  watches = 500,
  customers = 50,
  agesMs: (i: number) => number = (i) => ((i * 7919) % watches) * ((14 * 24 * HOUR) / watches),
  budgetPerMinute = 400,
): Promise<PollingRun> {
  let now = 14 * 24 * HOUR;
  const store = new MemoryWatchStore();
  const orders = new Map<string, Order[]>();
  for (let i = 0; i < watches; i++) {
    const customerId = `customer-${i % customers}`;
    const orderId = `order-${i}`;
    const created = now - agesMs(i);
    const watch: Watch = {
      id: watchId(`conversation-${i}`, orderId),
      conversation: {
        serviceUrl: 'http://127.0.0.1:1',
        conversationId: `conversation-${i}`,
        channelId: 'x',
        reference: {},
      },
      owner: { id: `person-${i}` },
      customerId,
      customerName: customerId,
      orderId,
      locale: 'en-US',
      state: { status: 'pending', since: new Date(created).toISOString() },
      createdAt: created,
      expiresAt: created + 15 * 24 * HOUR,
    };
    await store.add(watch, 25);
    orders.set(customerId, [...(orders.get(customerId) ?? []), { id: orderId, status: 'pending' } as Order]);
  }
  const calls: number[] = [];
  const api = {
    listOrders: (customerId: string) => {
      calls.push(now);
      return Promise.resolve(orders.get(customerId) ?? []);
    },
    listSubscriptions: () => {
      calls.push(now);
      return Promise.resolve([]);
    },
  } as unknown as PartnerCenterApi;
  // The poller's share, refilled on the fake clock: perMinute tokens a minute.
  const { perMinute, capacity } = bucketShape(Math.floor(budgetPerMinute * POLLER_BUDGET_SHARE));
  let tokens = capacity;
  let refilledAt = now;
  const budget = {
    take: () => {
      tokens = Math.min(capacity, tokens + ((now - refilledAt) / 60_000) * perMinute);
      refilledAt = now;
      if (tokens < 1) return Promise.resolve(false);
      tokens -= 1;
      return Promise.resolve(true);
    },
  };
  const poller = new WatchPoller({
    store,
    api,
    budget,
    notifier: { send: () => Promise.resolve('sent') },
    logger: createLogger('silent'),
    now: () => now,
  });
  // A warm-up hour (the poller has just taken over), then the measured hour.
  const start = now;
  for (; now < start + 2 * HOUR; now += TICK_MS) await poller.tick();
  const measured = calls.filter((t) => t >= start + HOUR);
  const perMinuteCounts = new Map<number, number>();
  for (const t of measured)
    perMinuteCounts.set(Math.floor(t / 60_000), (perMinuteCounts.get(Math.floor(t / 60_000)) ?? 0) + 1);
  return {
    watches,
    customers,
    callsPerHour: measured.length,
    maxCallsPerMinute: Math.max(0, ...perMinuteCounts.values()),
    perOrderCallsPerHour: Math.round(measured.length * (watches / customers)),
    budgetCeilingPerHour: perMinute * 60,
    budgetCeilingPerMinute: perMinute + capacity,
  };
}

if (require.main === module) {
  void (async () => {
    const aged = await simulatePolling();
    const fresh = await simulatePolling(500, 50, () => 0);
    for (const [label, run] of [
      ['watches spread over 14 days', aged],
      ['all watches new (worst hour)', fresh],
    ] as const) {
      console.log(
        `${label}: ${run.watches} watches / ${run.customers} customers → ${run.callsPerHour} upstream calls/hour ` +
          `(max ${run.maxCallsPerMinute}/min; one call per order would be ~${run.perOrderCallsPerHour}; ` +
          `poller ceiling ${run.budgetCeilingPerHour}/hour = 10 % of the budget)`,
      );
    }
  })();
}
