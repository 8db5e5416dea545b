// The crawler at a partner's scale keeps to its share and finishes its pass: customers with a pending order
// are read again when due, but at most one read in four, so thousands of them cannot stall the first pass; and
// the customer list is read whole past 10,000 customers, every page paid from the share.
import { crawlBudget } from '../../src/index/budget';
import { IndexCrawler, PRIORITY_READ_EVERY } from '../../src/index/crawler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { createLogger } from '../../src/logging/logger';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../src/partnercenter/transport';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { bucketShape } from '../../src/state/token-bucket';
import { SANDBOX_TOKEN, startSandbox, type Sandbox } from '../../dev/sandbox';

const T0 = Date.parse('2026-07-01T10:00:00Z');
const logger = createLogger('silent');
/** Enough that the customers with a pending order, due again every minute, would take the whole share. */
const CUSTOMERS = 200;

async function withSandbox(
  customers: number,
  run: (sandbox: Sandbox, client: PartnerCenterClient) => Promise<void>,
) {
  const sandbox = await startSandbox({ port: 0, customers, orderCompleteAfterS: 0 });
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    baseUrl: sandbox.url,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
  });
  try {
    await run(sandbox, new PartnerCenterClient(transport));
  } finally {
    await sandbox.close();
  }
}

describe('the crawler at scale', () => {
  it('finishes its first pass while many customers with pending orders are due again', async () => {
    await withSandbox(CUSTOMERS, async (sandbox, client) => {
      let clock = T0;
      const now = () => clock;
      const perMinute = 80;
      const store = new MemoryIndexStore(1_000, now);
      const crawler = new IndexCrawler({
        store,
        source: client,
        budget: crawlBudget(() => new MemoryTokenBucket(bucketShape(perMinute), now), 400, 0.2, 'share'),
        logger,
        now,
        // Due again after a minute instead of 10: a third of the customers have a pending order, and reading
        // them all every minute would take more than the whole share.
        priorityRefreshMs: 60_000,
      });
      const minimalMinutes = (2 * CUSTOMERS + 10) / perMinute;
      while ((await store.stats()).customers < CUSTOMERS && clock - T0 < 3 * minimalMinutes * 60_000) {
        await crawler.tick();
        clock += 1000;
      }
      expect((await store.stats()).customers).toBe(CUSTOMERS);
      expect((await store.customersWithPending()).size).toBeGreaterThanOrEqual(CUSTOMERS / 5);
      const firstPages = sandbox.requests.filter(
        (r) => /\/orders$/i.test(r.path) && !('seekOperation' in r.query),
      );
      const reReads = firstPages.length - new Set(firstPages.map((r) => r.path)).size;
      // The due customers were read again, but never more than one read in PRIORITY_READ_EVERY.
      expect(reReads).toBeGreaterThan(10);
      expect(reReads).toBeLessThanOrEqual(Math.ceil(firstPages.length / PRIORITY_READ_EVERY));
      // So the pass took at most 4/3 of its calls' time, and every call was within the share.
      const minutes = (clock - T0) / 60_000;
      expect(minutes).toBeLessThanOrEqual(
        (minimalMinutes * PRIORITY_READ_EVERY) / (PRIORITY_READ_EVERY - 1) + 1,
      );
      expect(sandbox.requests.length).toBeLessThanOrEqual(
        bucketShape(perMinute).capacity + perMinute * minutes,
      );
    });
    // Minutes of crawling on a fake clock, each round over HTTP: seconds on a quiet machine, more on a busy one.
  }, 60_000);

  it('reads a list of more than 10,000 customers whole, and pays for every page of it', async () => {
    await withSandbox(10_050, async (sandbox, client) => {
      let tokens = 105;
      const store = new MemoryIndexStore(20_000, () => T0);
      const crawler = new IndexCrawler({
        store,
        source: client,
        budget: { take: () => Promise.resolve(tokens-- > 0) },
        logger,
        now: () => T0,
      });
      await crawler.tick();
      expect((await store.progress())?.totalCustomers).toBe(10_050);
      // 101 pages of 100 customers, then two customers: as many calls as tokens, and the crawler counted them.
      const listPages = sandbox.requests.filter((r) => /\/customers$/i.test(r.path)).length;
      expect(listPages).toBe(101);
      expect(sandbox.requests).toHaveLength(105);
      expect(crawler.calls).toBe(105);
      expect((await store.stats()).customers).toBe(2);
    });
  });
});
