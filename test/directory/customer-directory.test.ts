// The directory loads every page of the partner's customers from the sandbox, one instance at a time: two
// directories on one store (Redis, or one process's) make one load, and the second adopts the first's copy.
import { Redis } from 'ioredis';
import { CustomerDirectory, MemoryDirectoryStore, type DirectoryStore } from '../../src/directory';
import { RedisDirectoryStore } from '../../src/directory/redis-store';
import { startSandbox } from '../../dev/sandbox';
import { startSandboxClient, type SandboxClient } from '../support/partner-center';
import { startRedis, type TestRedis } from '../support/redis';

const EXTRA = 160; // 45 fixture customers + 160: three pages of 100
let pc: SandboxClient;
let redis: TestRedis;
let connection: Redis;
beforeAll(async () => {
  pc = await startSandboxClientWith(EXTRA);
  redis = await startRedis();
  connection = new Redis(redis.url);
});
afterAll(async () => {
  connection.disconnect();
  await redis.close();
  await pc.sandbox.close();
});
beforeEach(() => pc.sandbox.clearRequests());

/** The support client talks to its own sandbox; this one points it at a sandbox with more customers. */
async function startSandboxClientWith(extraCustomers: number): Promise<SandboxClient> {
  const sandbox = await startSandbox({ port: 0, extraCustomers });
  const made = await startSandboxClient({ baseUrl: sandbox.url });
  await made.sandbox.close();
  return { ...made, sandbox };
}

const customerListings = () => pc.sandbox.requests.filter((r) => r.path === '/v1/customers').length;
const directoryOn = (store: DirectoryStore) =>
  new CustomerDirectory({ source: pc.client, store, lockTtlMs: 5_000, minReloadMs: 0 });

describe('the customer directory', () => {
  it('is not loaded before its first load, and resolves nothing', () => {
    const directory = directoryOn(new MemoryDirectoryStore());
    expect(directory.state).toEqual({ loaded: false, count: 0 });
    expect(directory.resolve('contoso')).toBeUndefined();
  });

  it('loads every page (links.next with MS-ContinuationToken) and resolves from it', async () => {
    const directory = directoryOn(new MemoryDirectoryStore());
    const state = await directory.refresh();
    expect(state).toMatchObject({ loaded: true, count: 45 + EXTRA });
    expect(customerListings()).toBe(3);
    expect(pc.sandbox.requests.filter((r) => r.headers['ms-continuationtoken'])).toHaveLength(2);
    expect(directory.resolve('extra0160.onmicrosoft.com')).toMatchObject({ kind: 'found' });
    expect(directory.resolve('contoso')).toMatchObject({
      kind: 'found',
      customer: { companyProfile: { companyName: 'Contoso' } },
    });
  });

  it("two directories on one Redis load once: the second takes the first one's copy", async () => {
    const prefix = redis.prefix();
    const one = directoryOn(new RedisDirectoryStore(connection, prefix, 'partner-1'));
    const two = directoryOn(new RedisDirectoryStore(connection, prefix, 'partner-1'));
    const [a, b] = await Promise.all([one.sync(), two.sync()]);
    expect(a.count).toBe(45 + EXTRA);
    expect(b).toEqual(a);
    expect(customerListings()).toBe(3); // one load of three pages
    // A third instance started later adopts the shared copy with no Partner Center call at all.
    pc.sandbox.clearRequests();
    const three = directoryOn(new RedisDirectoryStore(connection, prefix, 'partner-1'));
    expect(await three.sync()).toEqual(a);
    expect(customerListings()).toBe(0);
  });

  it('keeps the copy in use when a reload fails, and says so by throwing', async () => {
    const directory = directoryOn(new MemoryDirectoryStore());
    await directory.refresh();
    pc.sandbox.knobs.faults.push({ match: '/v1/customers', status: 500 });
    try {
      await expect(directory.refresh()).rejects.toMatchObject({ reason: expect.any(String) });
    } finally {
      pc.sandbox.knobs.faults.length = 0;
    }
    expect(directory.state.count).toBe(45 + EXTRA);
  });

  it('answers a refresh within a minute of the last load with the copy in use', async () => {
    const directory = new CustomerDirectory({ source: pc.client, store: new MemoryDirectoryStore() });
    await directory.refresh();
    pc.sandbox.clearRequests();
    expect(await directory.refresh()).toMatchObject({ loaded: true, count: 45 + EXTRA });
    expect(customerListings()).toBe(0);
  });

  it('reloads in the background once its copy is older than the refresh interval', async () => {
    let now = 1_000_000;
    const directory = new CustomerDirectory({
      source: pc.client,
      store: new MemoryDirectoryStore(() => now),
      refreshEveryMs: 60_000,
      now: () => now,
    });
    await directory.sync();
    pc.sandbox.clearRequests();
    now += 30_000;
    await directory.sync();
    expect(customerListings()).toBe(0);
    now += 31_000;
    await directory.sync();
    expect(customerListings()).toBe(3);
  });

  it('backs off after a failed load (1 min, doubling) however often people ask for a refresh', async () => {
    pc.sandbox.knobs.faults.push({ match: '/v1/customers', status: 500 });
    let now = 1_000_000;
    const directory = new CustomerDirectory({
      source: pc.client,
      store: new MemoryDirectoryStore(),
      now: () => now,
    });
    try {
      await expect(directory.refresh()).rejects.toMatchObject({ status: 500 });
      const firstLoad = customerListings();
      expect(firstLoad).toBeGreaterThanOrEqual(1);
      // 50 refreshes in the next 50 s: the failure is reported again, with no call to Partner Center.
      for (let i = 0; i < 50; i++, now += 1_000) await expect(directory.refresh()).rejects.toBeDefined();
      await directory.sync();
      expect(customerListings()).toBe(firstLoad);
      now = 1_000_000 + 60_000; // a minute after the failure: one more try, which fails again
      await expect(directory.refresh()).rejects.toBeDefined();
      const secondLoad = customerListings();
      expect(secondLoad).toBeGreaterThan(firstLoad);
      now += 119_000; // the next wait is 2 minutes
      await expect(directory.refresh()).rejects.toBeDefined();
      expect(customerListings()).toBe(secondLoad);
      pc.sandbox.knobs.faults.length = 0;
      now += 1_000;
      expect(await directory.refresh()).toMatchObject({ loaded: true, count: 45 + EXTRA });
    } finally {
      pc.sandbox.knobs.faults.length = 0;
      directory.stop();
    }
  });
});
