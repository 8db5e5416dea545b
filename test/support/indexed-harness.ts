// A bot whose partner-wide index the test fills: a crawler that reads the sandbox in one round but only when the
// test ticks it, and the customer directory for the customers' names; one card per question.
import type { Sandbox } from '../../dev/sandbox';
import { startHarness, type Harness } from './harness';

export async function startIndexedHarness(
  options: { sandbox?: Sandbox; now?: () => number } = {},
): Promise<Harness> {
  const harness = await startHarness(
    {
      INDEX_BUDGET_SHARE: '0.2',
      PARTNER_CENTER_BUDGET_PER_MINUTE: '60000',
      CUSTOMER_DIRECTORY_REFRESH_MINUTES: '60',
    },
    { ...options, index: { startDelayMs: 3_600_000 }, progressAfterMs: 10_000 },
  );
  await harness.app.directoryReady;
  return harness;
}

/** Ticks the crawler until it has read every customer it listed. */
export async function crawlAll(harness: Harness): Promise<void> {
  const { crawler, index } = harness.app;
  for (let round = 0; round < 50; round++) {
    await crawler!.tick();
    const coverage = await index.coverage();
    if (coverage.totalCustomers > 0 && coverage.customers >= coverage.totalCustomers) return;
  }
  throw new Error(`the crawler did not finish: ${JSON.stringify(await index.coverage())}`);
}
