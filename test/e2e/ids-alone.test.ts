// Issue 18 (2), "ids alone", end to end: the real app (sandbox, client, crawler, index, botbuilder, restify)
// answers "order <id>" with no customer once its crawler has read the order's customer, within the first pass;
// and two instances on one Redis both answer it from the one shared index, which only one of them crawls.
// The crawler runs on its own timer with a small share of a small budget (3 tokens at once, then one every
// 3 s), so the first pass is far from done while the test asks; the test polls the index, it does not sleep.
import type { IndexedOrder } from '../../src/index/records';
import { cardText, sendToBot } from '../support/emulator';
import { startRedis, type TestRedis } from '../support/redis';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';

const CRAWLING = { INDEX_BUDGET_SHARE: '0.2', PARTNER_CENTER_BUDGET_PER_MINUTE: '100' };
const CRAWLER_TIMING = { index: { startDelayMs: 0, tickMs: 50 } };

let redis: TestRedis | undefined;
const running: Harness[] = [];
afterEach(async () => {
  for (const h of running.splice(0).reverse()) await stopHarness(h);
});
afterAll(() => redis?.close());

async function start(env: Record<string, string>, options: Parameters<typeof startHarness>[1] = {}) {
  const harness = await startHarness({ ...CRAWLING, ...env }, { ...CRAWLER_TIMING, ...options });
  running.push(harness);
  return harness;
}

/** Polls (every 25 ms, at most 10 s) until the index holds an order the crawler read; returns it. */
async function firstIndexedOrder(h: Harness): Promise<IndexedOrder> {
  for (let i = 0; i < 400; i++) {
    const { items } = await h.app.index.ordersChangedSince(0, 0, 1);
    if (items[0]) return items[0];
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the crawler read no order within 10 s');
}

async function askOrder(h: Harness, typed: string) {
  const turn = await sendToBot(h.app.url, h.connector, `order ${typed}`);
  expect(turn.status).toBe(200);
  expect(turn.cards).toHaveLength(1);
  expectValidCard(turn.cards[0]);
  return cardText(turn.cards[0]);
}

describe('order <id> with no customer, end to end', () => {
  it('a fresh bot answers it from the index once the crawler has read the customer, within the first pass', async () => {
    const bot = await start({});
    const order = await firstIndexedOrder(bot);
    const coverage = await bot.app.index.coverage();
    expect(coverage.firstPass).toBeLessThan(1);

    const whole = await askOrder(bot, order.id);
    expect(whole).toContain(order.id);
    expect(whole.toLowerCase()).toContain(order.cust);
    // As cards shorten it, with stray Markdown.
    const shortened = await askOrder(bot, `\`${order.id.slice(0, 12)}…\` refresh`);
    expect(shortened).toContain(order.id);

    const unknown = await askOrder(bot, 'Qq9NotThere00');
    expect(unknown).toContain('Qq9NotThere00 is not in the order index yet');
    expect(unknown).toMatch(/Index as of .+ UTC: \d+ of \d+ customers read, first pass \d+ % done\./);
    expect(unknown).toContain('Say whose it is: order Qq9NotThere00 for <customer>');
  });

  it('two instances on one Redis both answer it from the shared index, which only one crawls', async () => {
    redis ??= await startRedis();
    const redisOptions = { keyPrefix: redis.prefix() };
    const a = await start({ REDIS_URL: redis.url }, { redis: redisOptions });
    const b = await start({ REDIS_URL: redis.url }, { redis: redisOptions, sandbox: a.app.sandbox });
    const order = await firstIndexedOrder(b);

    for (const h of [a, b]) {
      const text = await askOrder(h, order.id);
      expect(text).toContain(order.id);
      expect(text.toLowerCase()).toContain(order.cust);
    }
    // One crawler held the lock; the other made no call for the index.
    const calls = [a.app.crawler!.calls, b.app.crawler!.calls];
    expect(calls.filter((n) => n > 0)).toHaveLength(1);
  });
});
