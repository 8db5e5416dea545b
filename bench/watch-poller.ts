// The watch poller's upstream calls per hour, computed by running the real poller (its schedule, its store,
// its budget share) on a fake clock against a counting Partner Center that never changes: a real hour of
// polling would take an hour. Run: npm run build && node dist/bench/watch-poller.js
import { createLogger } from '../src/logging/logger';
import type { PartnerCenterApi } from '../src/partnercenter/api';
import type { Order } from '../src/partnercenter/models';
import { bucketShape } from '../src/state/token-bucket';
import { MemoryWatchStore, watchId, type Watch } from '../src/state/watch-store';
import { watchNotices } from '../src/commands/watch/notice-card';
import { WatchPoller } from '../src/watch/poller';
import { POLLER_BUDGET_SHARE } from '../src/watch/poller-budget';
import { pollInterval } from '../src/watch/schedule';

export interface PollingRun {
  watches: number;
  customers: number;
  /** Upstream calls in the measured hour: order lists, provisioning reads and subscriptions for notices. */
  callsPerHour: number;
  /** Of those, the orders lists: one per customer poll, however many of its orders are watched. */
  ordersListCallsPerHour: number;
  /** The customers' polls the schedule asks for in the hour (each customer as often as its youngest watch). */
  scheduledCustomerPollsPerHour: number;
  /** Of those, the provisioning reads of pending watched orders, from what the budget share has left. */
  provisioningCallsPerHour: number;
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
    orders.set(customerId, [
      ...(orders.get(customerId) ?? []),
      { id: orderId, status: 'pending' } satisfies Order,
    ]);
  }
  const calls: { at: number; kind: 'orders' | 'provisioning' | 'subscriptions' }[] = [];
  const api = {
    listOrders: (customerId: string) => {
      calls.push({ at: now, kind: 'orders' });
      return Promise.resolve(orders.get(customerId) ?? []);
    },
    listSubscriptions: () => {
      calls.push({ at: now, kind: 'subscriptions' });
      return Promise.resolve([]);
    },
    getProvisioningStatus: () => {
      calls.push({ at: now, kind: 'provisioning' });
      return Promise.resolve([{ lineItemNumber: 0, status: 'pending' }]);
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
    notices: watchNotices(),
    logger: createLogger('silent'),
    now: () => now,
  });
  // A warm-up hour (the poller has just taken over), then the measured hour.
  const start = now;
  for (; now < start + 2 * HOUR; now += TICK_MS) await poller.tick();
  const measured = calls.filter((c) => c.at >= start + HOUR);
  const perMinuteCounts = new Map<number, number>();
  for (const { at } of measured)
    perMinuteCounts.set(Math.floor(at / 60_000), (perMinuteCounts.get(Math.floor(at / 60_000)) ?? 0) + 1);
  const ordersListCallsPerHour = measured.filter((c) => c.kind === 'orders').length;
  return {
    watches,
    customers,
    callsPerHour: measured.length,
    ordersListCallsPerHour,
    scheduledCustomerPollsPerHour: scheduledPolls(await store.all(), start + HOUR),
    provisioningCallsPerHour: measured.filter((c) => c.kind === 'provisioning').length,
    maxCallsPerMinute: Math.max(0, ...perMinuteCounts.values()),
    perOrderCallsPerHour: Math.round(ordersListCallsPerHour * (watches / customers)),
    budgetCeilingPerHour: perMinute * 60,
    budgetCeilingPerMinute: perMinute + capacity,
  };
}

/** Customer polls in the hour from `from` as the schedule wants them (an hour's worth at each one's rate). */
function scheduledPolls(watches: readonly Watch[], from: number): number {
  const interval = new Map<string, number>();
  for (const w of watches) {
    const own = pollInterval(from - w.createdAt);
    interval.set(w.customerId, Math.min(interval.get(w.customerId) ?? Infinity, own));
  }
  return Math.round([...interval.values()].reduce((sum, ms) => sum + HOUR / ms, 0));
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
          `(${run.ordersListCallsPerHour} orders lists for ${run.scheduledCustomerPollsPerHour} scheduled polls, ` +
          `${run.provisioningCallsPerHour} provisioning reads) ` +
          `(max ${run.maxCallsPerMinute}/min; one call per order would be ~${run.perOrderCallsPerHour}; ` +
          `poller ceiling ${run.budgetCeilingPerHour}/hour = 10 % of the budget)`,
      );
    }
  })();
}
