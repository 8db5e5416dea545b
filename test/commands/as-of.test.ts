// "As of" on a card is when the data on it was fetched (the oldest piece if mixed), not when the customer was
// looked up: a name searched an hour ago must not make freshly fetched orders look an hour old (issue 18).

import { CachedPartnerCenterApi, DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import { handleText } from '../../src/commands/run-command';
import type { CommandEnv } from '../../src/commands/deps';
import { cardTexts } from '../cards/card-fixtures';
import { startSandboxClient, type SandboxClient } from '../support/partner-center';
import { REGISTRY } from '../../src/commands/registry';

const T0 = Date.parse('2026-12-01T16:15:00Z');
let pc: SandboxClient;
let clock = T0;
let cache: ResponseCache;

beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
});
afterAll(async () => {
  await pc.sandbox.close();
});
beforeEach(() => {
  clock = T0;
  cache = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, { now: () => clock });
});
afterEach(() => cache.close());

const env = (): CommandEnv => ({
  commands: REGISTRY,
  api: new CachedPartnerCenterApi(pc.client, cache, DEFAULT_CACHE_POLICY, 'global|partner-1'),
  ctx: { correlationId: 'a5-0f00-4000-8000-000000000018', locale: 'en-US', freshness: {} },
});
const asOf = (texts: string[]) => texts.find((t) => t.startsWith('As of'));

describe('"As of" is when the card\'s data was fetched', () => {
  it('a customer found by a search an hour old: the orders fetched now give the time', async () => {
    // 16:15: someone asks for contoso's subscriptions of an order, so "contoso" is searched (cached 1 h).
    await handleText('subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso', env());
    // 16:30: contoso's orders, never asked before, are fetched now; the search comes from the cache.
    clock = T0 + 15 * 60_000;
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.result).toBe('ok');
    expect(asOf(cardTexts(outcome.card))).toContain('4:30 PM');
  });

  it('two cards of the same cached data, 1 minute apart, show the same time', async () => {
    const first = await handleText('orders for contoso', env());
    clock = T0 + 60_000;
    const second = await handleText('orders for contoso', env());
    expect(asOf(cardTexts(second.card))).toBe(asOf(cardTexts(first.card)));
    expect(asOf(cardTexts(first.card))).toContain('4:15 PM');
  });
});
