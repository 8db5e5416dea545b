// Partner Center answers the crawler 429 (the sandbox's fault knob, with Retry-After): the crawler pauses at
// least a minute and at least what Retry-After asks, twice as long after a second 429 in a row, starts again
// from a minute once a read succeeds, and never spends more than its share. On a fake clock: nothing sleeps
// (a Retry-After longer than the transport's 9 s budget fails the call at once).
import { crawlBudget } from '../../src/index/budget';
import { IndexCrawler } from '../../src/index/crawler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { createLogger } from '../../src/logging/logger';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { bucketShape } from '../../src/state/token-bucket';
import { startSandboxClient, type SandboxClient } from '../support/partner-center';

const PER_MINUTE = 400;
const SHARE = 0.2;
const T0 = Date.parse('2026-07-01T10:00:00Z');

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient();
});
afterAll(() => pc.sandbox.close());
beforeEach(() => {
  pc.sandbox.knobs.reset();
  pc.sandbox.clearRequests();
});

function setUp() {
  let clock = T0;
  const now = () => clock;
  const share = bucketShape(PER_MINUTE * SHARE);
  const store = new MemoryIndexStore(1_000, now);
  const crawler = new IndexCrawler({
    store,
    source: pc.client,
    budget: crawlBudget(() => new MemoryTokenBucket(share, now), PER_MINUTE, SHARE, 'throttle-test'),
    logger: createLogger('silent'),
    now,
  });
  /** The fake seconds (from T0) at which each request reached the sandbox, with its status. */
  const seen: { second: number; status: number; path: string }[] = [];
  /** Ticks once a second of the fake clock for `seconds`. */
  const run = async (seconds: number) => {
    for (let s = 0; s < seconds; s++) {
      const before = pc.sandbox.requests.length;
      await crawler.tick();
      for (const r of pc.sandbox.requests.slice(before))
        seen.push({ second: (clock - T0) / 1000, status: r.status, path: r.path });
      clock += 1000;
    }
  };
  return { store, crawler, seen, run, elapsedMs: () => clock - T0, capacity: share.capacity };
}

const throttled = (seen: { second: number; status: number }[]) =>
  seen.filter((r) => r.status === 429).map((r) => r.second);

describe('the crawler throttled by Partner Center', () => {
  it('waits what Retry-After asks, even past its own longest pause, then goes on', async () => {
    const { seen, run } = setUp();
    pc.sandbox.knobs.faults.push({ match: '/orders', status: 429, retryAfterSeconds: 1_200, times: 1 });
    await run(1_260);
    expect(throttled(seen)).toEqual([0]);
    // Nothing at all between the 429 and 20 minutes later (the customer list came before it).
    expect(seen.filter((r) => r.second > 0 && r.second < 1_200)).toEqual([]);
    expect(seen.filter((r) => r.second === 1_200).length).toBeGreaterThan(0);
    expect(seen.filter((r) => r.second >= 1_200).every((r) => r.status === 200)).toBe(true);
  });

  it('pauses a minute, then twice as long after another 429 in a row, and a minute again after a success', async () => {
    const { seen, run } = setUp();
    // Retry-After shorter than a minute: the crawler's own pause is the longer.
    pc.sandbox.knobs.faults.push({ match: '/orders', status: 429, retryAfterSeconds: 20, times: 2 });
    await run(200);
    expect(throttled(seen)).toEqual([0, 60]);
    const resumed = seen.filter((r) => r.second > 60).map((r) => r.second);
    expect(resumed[0]).toBe(180);

    pc.sandbox.knobs.faults.push({ match: '/orders', status: 429, retryAfterSeconds: 20, times: 1 });
    await run(100);
    const third = throttled(seen)[2]!;
    expect(third).toBeGreaterThan(180);
    expect(seen.filter((r) => r.second > third)[0]?.second).toBe(third + 60);
  });

  it('never spends more than its share, the calls that were throttled included', async () => {
    const { seen, run, elapsedMs, capacity, store } = setUp();
    pc.sandbox.knobs.faults.push({ match: '/subscriptions', status: 429, retryAfterSeconds: 30, times: 3 });
    await run(600);
    expect(throttled(seen)).toHaveLength(3);
    // Its burst, then 80 a minute: each 429 cost the tokens of its customer, and the pause adds none.
    const perMinute = PER_MINUTE * SHARE;
    expect(seen.length).toBeLessThanOrEqual(capacity + (perMinute * elapsedMs()) / 60_000);
    for (let minute = 0; minute < 10; minute++) {
      const inMinute = seen.filter((r) => r.second >= minute * 60 && r.second < (minute + 1) * 60);
      expect(inMinute.length).toBeLessThanOrEqual(capacity + perMinute);
    }
    // The reads went on after the pauses: every customer of the sandbox was read.
    expect((await store.stats()).customers).toBe((await store.progress())?.totalCustomers);
  });
});
