// A partner on a pinned clock, for the digests and window alerts: the sandbox's renewal calendar placed relative
// to the clock, bots on one Redis whose crawler, digest scheduler and digest commands read the same clock, and
// the crawler run over the sandbox. Tests move the clock and tick; nothing waits for real time but the locks.
import { startSandbox, type Sandbox } from '../../dev/sandbox';
import type { AppOptions } from '../../src/app';
import { startHarness, type Harness } from './harness';
import type { TestRedis } from './redis';

export class PinnedClock {
  now: number;
  constructor(iso: string) {
    this.now = Date.parse(iso);
  }
  readonly read = (): number => this.now;
  set(iso: string): void {
    this.now = Date.parse(iso);
  }
  add(ms: number): void {
    this.now += ms;
  }
}

export async function pinnedSandbox(clock: PinnedClock): Promise<Sandbox> {
  return startSandbox({ port: 0, now: clock.read, orderCompleteAfterS: 0 });
}

/**
 * A bot on the sandbox and the clock: its crawler ticked by the test (a budget that reads the sandbox at once),
 * its digest scheduler too (a short lock, so another instance may lead soon after), on Redis when given.
 */
export async function pinnedBot(
  sandbox: Sandbox,
  clock: PinnedClock,
  shared?: { redis: TestRedis; keyPrefix: string },
  options: AppOptions = {},
): Promise<Harness> {
  return startHarness(
    {
      INDEX_BUDGET_SHARE: '0.2',
      PARTNER_CENTER_BUDGET_PER_MINUTE: '60000',
      ...(shared ? { REDIS_URL: shared.redis.url } : {}),
    },
    {
      sandbox,
      // Not a test of a stalling Redis: a busy machine must not make the index's reads time out.
      ...(shared ? { redis: { keyPrefix: shared.keyPrefix, commandTimeoutMs: 5_000 } } : {}),
      index: { startDelayMs: 3_600_000, now: clock.read },
      digest: { now: clock.read, tickMs: 3_600_000, lockTtlMs: 300 },
      watch: { tickMs: 3_600_000 },
      progressAfterMs: 10_000,
      ...options,
    },
  );
}

/**
 * Ticks the crawler until it has read every customer it listed at or after the clock's time, and said its first
 * pass is done (the tick after its last read).
 */
export async function crawl(h: Harness, clock: PinnedClock): Promise<void> {
  const { crawler, index } = h.app;
  const since = clock.now;
  for (let round = 0; round < 200; round++) {
    await crawler!.tick();
    const coverage = await index.coverage();
    const read = coverage.totalCustomers > 0 && (coverage.asOf ?? -Infinity) >= since;
    if (read && coverage.firstPassDoneAt !== undefined) return;
  }
  throw new Error(`the crawler did not finish: ${JSON.stringify(await h.app.index.coverage())}`);
}

/** Two rounds of every instance's digest scheduler, the lock lapsing between them: another may lead the second. */
export async function tickAll(instances: readonly Harness[]): Promise<void> {
  await Promise.all(instances.map((h) => h.app.digests.tick()));
  await new Promise((r) => setTimeout(r, 400));
  await Promise.all([...instances].reverse().map((h) => h.app.digests.tick()));
}
