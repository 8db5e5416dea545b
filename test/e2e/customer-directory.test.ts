// The customer directory end to end: with it loaded, a cold "orders for contoso" is one round trip (orders and
// subscriptions in parallel, no customer search); "contsoo" offers Contoso as a button; "refresh" reloads it
// and says how many customers it holds. Two instances on one Redis load it once.
import { submitActions } from '../cards/card-fixtures';
import { cardText, sendToBot } from '../support/emulator';
import { startRedis, type TestRedis } from '../support/redis';
import { startHarness, stopHarness, type Harness } from '../support/harness';

const WITH_DIRECTORY = { CUSTOMER_DIRECTORY_REFRESH_MINUTES: '15' };
const CUSTOMERS = 45;

let harnesses: Harness[] = [];
let redis: TestRedis | undefined;
afterEach(async () => {
  for (const h of harnesses.reverse()) await stopHarness(h);
  harnesses = [];
});
afterAll(() => redis?.close());

async function start(env: Record<string, string> = {}, options: Parameters<typeof startHarness>[1] = {}) {
  const h = await startHarness({ ...WITH_DIRECTORY, ...env }, options);
  harnesses.push(h);
  return h;
}
const ask = (h: Harness, text: string) => sendToBot(h.app.url, h.connector, text);
const answer = async (h: Harness, text: string) => cardText((await ask(h, text)).cards.at(-1));
const upstream = (h: Harness) =>
  h.app.sandbox!.requests.map((r) => r.path.replace(/^\/v1\/customers\/[^/]+/, '/customers/{id}')).sort();

describe('the customer directory, one instance in process', () => {
  it('makes a cold known customer one round trip: orders and subscriptions, no search', async () => {
    const h = await start();
    expect(await h.app.directoryReady).toMatchObject({ loaded: true, count: CUSTOMERS });
    h.app.sandbox!.clearRequests();
    expect(await answer(h, 'orders for contoso')).toContain('Contoso');
    expect(upstream(h)).toEqual(['/customers/{id}/orders', '/customers/{id}/subscriptions']);
  });

  it('offers Contoso as a button for "contsoo", and the button runs the command for it', async () => {
    const h = await start();
    await h.app.directoryReady;
    h.app.sandbox!.clearRequests();
    const turn = await ask(h, 'orders for contsoo');
    const buttons = submitActions(turn.cards.at(-1));
    expect(buttons[0]?.title).toContain('Contoso');
    expect(upstream(h)).toEqual([]);
    const clicked = await sendToBot(h.app.url, h.connector, undefined, { value: buttons[0]!.data });
    expect(cardText(clicked.cards.at(-1))).toMatch(/orders/i);
  });

  it('searches Partner Center as before until the directory is loaded', async () => {
    const h = await start({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '0' });
    expect(h.app.directory).toBeUndefined();
    expect(await answer(h, 'orders for contoso')).toContain('Contoso');
    expect(upstream(h)).toContain('/v1/customers');
  });

  it('"refresh" reloads it and says how many customers it holds, in the person\'s language', async () => {
    const h = await start({}, { directory: { minReloadMs: 0 } });
    await h.app.directoryReady;
    h.app.sandbox!.clearRequests();
    expect(await answer(h, 'refresh')).toContain(`${CUSTOMERS} customers`);
    expect(upstream(h)).toEqual(['/v1/customers']);
    const italian = await sendToBot(h.app.url, h.connector, 'refresh customers', { locale: 'it-IT' });
    expect(cardText(italian.cards.at(-1))).toContain(`${CUSTOMERS} clienti`);
  });

  it('keeps "refresh" in another command as skip-the-cache', async () => {
    const h = await start();
    await h.app.directoryReady;
    await ask(h, 'orders for contoso');
    h.app.sandbox!.clearRequests();
    expect(await answer(h, 'orders for contoso refresh')).toContain('Contoso');
    expect(upstream(h)).toEqual(['/customers/{id}/orders', '/customers/{id}/subscriptions']);
  });
});

describe('the customer directory, two instances on one Redis', () => {
  it('is loaded by one instance; the other adopts it and resolves with no search', async () => {
    redis ??= await startRedis();
    const env = { REDIS_URL: redis.url };
    const redisOptions = { keyPrefix: redis.prefix() };
    const a = await start(env, { redis: redisOptions });
    const b = await start(env, { redis: redisOptions, sandbox: a.app.sandbox });
    await Promise.all([a.app.directoryReady, b.app.directoryReady]);
    expect(b.app.directory!.state).toMatchObject({ loaded: true, count: CUSTOMERS });
    // One load of one page (45 customers, pages of 100), whichever instance took the lock.
    expect(upstream(a).filter((p) => p === '/v1/customers')).toHaveLength(1);
    a.app.sandbox!.clearRequests();
    expect(await answer(b, 'orders for fabrikam retail')).toContain('Fabrikam Retail');
    expect(upstream(a)).toEqual(['/customers/{id}/orders', '/customers/{id}/subscriptions']);
  });
});
