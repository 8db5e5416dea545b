// The poller's upstream calls for 200 watches over 20 customers, on a fake clock (bench/watch-poller.ts runs
// 500 over 50; the budget here is scaled down with them, so the share still binds):
// one orders list per customer per poll, provisioning reads from what is left, never more than a tenth of the
// partner budget.
import { simulatePolling } from '../../bench/watch-poller';
import { MAX_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS, pollInterval } from '../../src/watch/schedule';

const WATCHES = 200;
const CUSTOMERS = 20;
const BUDGET_PER_MINUTE = 160;

describe('watch poller calls', () => {
  it('polls new watches every minute and old ones every 15 minutes', () => {
    expect(pollInterval(0)).toBe(MIN_POLL_INTERVAL_MS);
    expect(pollInterval(20 * 60_000)).toBeGreaterThan(MIN_POLL_INTERVAL_MS);
    expect(pollInterval(14 * 24 * 3_600_000)).toBe(MAX_POLL_INTERVAL_MS);
  });

  it('makes at most one call per customer per poll, within 10 % of the budget', async () => {
    const run = await simulatePolling(WATCHES, CUSTOMERS, undefined, BUDGET_PER_MINUTE);
    // Aged watches: each customer polled at most every minute (the youngest watch decides).
    expect(run.ordersListCallsPerHour).toBeGreaterThan(0);
    expect(run.ordersListCallsPerHour).toBeLessThanOrEqual(CUSTOMERS * 60);
    expect(run.ordersListCallsPerHour).toBeLessThanOrEqual(run.scheduledCustomerPollsPerHour);
    // Provisioning reads use what the share has left: all calls together stay inside it.
    expect(run.provisioningCallsPerHour).toBeGreaterThan(0);
    expect(run.callsPerHour).toBeLessThanOrEqual(run.budgetCeilingPerHour);
    expect(run.maxCallsPerMinute).toBeLessThanOrEqual(run.budgetCeilingPerMinute);
  });

  it('keeps to its share even when every watch is new', async () => {
    const run = await simulatePolling(WATCHES, CUSTOMERS, () => 0, BUDGET_PER_MINUTE);
    expect(run.ordersListCallsPerHour).toBeLessThanOrEqual(run.scheduledCustomerPollsPerHour);
    expect(run.callsPerHour).toBeLessThanOrEqual(run.budgetCeilingPerHour);
    expect(run.maxCallsPerMinute).toBeLessThanOrEqual(run.budgetCeilingPerMinute);
  });
});
