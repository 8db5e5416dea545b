// The leading crawler reads the store's read times and pending customers once a minute, not every tick: in
// between it keeps its own view up to date with what it reads. On a fake clock, against the sandbox.
import { NORTHWIND_TENANT_ID } from '../../dev/sandbox';
import { crawlBudget } from '../../src/index/budget';
import { IndexCrawler, VIEW_REFRESH_MS } from '../../src/index/crawler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import { createLogger } from '../../src/logging/logger';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { bucketShape } from '../../src/state/token-bucket';
import { startSandboxClient, type SandboxClient } from '../support/partner-center';

const PER_MINUTE = 400;
const SHARE = 0.2;

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient();
});
afterAll(() => pc.sandbox.close());

it('reads its view of the store once a minute and still reads every customer once in the first pass', async () => {
  let clock = Date.parse('2026-07-01T10:00:00Z');
  const now = () => clock;
  const store = new MemoryIndexStore(1_000, now);
  let viewReads = 0;
  const readTimes = store.readTimes.bind(store);
  store.readTimes = () => {
    viewReads++;
    return readTimes();
  };
  const crawler = new IndexCrawler({
    store,
    source: pc.client,
    budget: crawlBudget(
      () => new MemoryTokenBucket(bucketShape(PER_MINUTE * SHARE), now),
      PER_MINUTE,
      SHARE,
      'view-test',
    ),
    logger: createLogger('silent'),
    now,
  });
  const index = new PartnerIndex(store);
  const subscriptionReads = () => pc.sandbox.requests.filter((r) => /\/subscriptions$/i.test(r.path));
  // Until the first pass is done: its own reads keep the view true, so no customer is read twice meanwhile.
  let seconds = 0;
  for (; seconds < 600; seconds++) {
    await crawler.tick();
    clock += 1_000;
    const coverage = await index.coverage();
    if (coverage.totalCustomers > 0 && coverage.customers === coverage.totalCustomers) break;
  }
  // (Northwind's lists come in several pages: one read of it is several requests.)
  const reads = subscriptionReads()
    .map((r) => r.path.toLowerCase())
    .filter((path) => !path.includes(NORTHWIND_TENANT_ID));
  expect(new Set(reads).size).toBe(reads.length);
  expect(reads.length + 1).toBe((await index.coverage()).totalCustomers);
  expect(viewReads).toBeLessThanOrEqual(Math.ceil((seconds * 1_000) / VIEW_REFRESH_MS) + 1);
});
