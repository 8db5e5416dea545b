// What the commands get in the every-card test, as the bot gives it: the cached client over a running sandbox,
// the order index its crawler filled, the customer directory loaded, a watch store per locale. Every value
// Partner Center (the sandbox) answered is recorded, so the checks can tell its data (names, products, ids)
// from the bot's own words.

import { CachedPartnerCenterApi, DEFAULT_CACHE_POLICY, ResponseCache } from '../../../src/cache';
import type { CommandEnv } from '../../../src/commands/deps';
import { RecentCustomerMemory } from '../../../src/commands/recent-customers';
import { CustomerDirectory, MemoryDirectoryStore } from '../../../src/directory';
import { IndexCrawler } from '../../../src/index/crawler';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { createLogger } from '../../../src/logging/logger';
import { portalLinks } from '../../../src/partnercenter/portal-links';
import { MemoryWatchStore } from '../../../src/state/watch-store';
import { startSandboxClient, turn, type SandboxClient } from '../../support/partner-center';
import { REGISTRY } from '../../../src/commands/registry';

/** The fields of Partner Center's answers that hold data shown as it came (not enums the bot translates). */
const DATA_FIELDS = new Set([
  'id',
  'companyName',
  'domain',
  'friendlyName',
  'offerName',
  'offerId',
  'name',
  'alternateId',
  'mpnId',
  'partnerIdOnRecord',
  'referenceCustomerId',
  'orderId',
  'entitlementId',
  'productName',
  'skuName',
  'currencyCode',
]);

export interface CardWorld {
  /** A fresh turn's environment in `locale` (its watch store is the locale's own), with `extra` on top. */
  env(locale: string, extra?: Partial<CommandEnv>): CommandEnv;
  /** Every data value the sandbox answered with so far. */
  readonly data: ReadonlySet<string>;
  close(): Promise<void>;
}

export async function cardWorld(): Promise<CardWorld> {
  const pc: SandboxClient = await startSandboxClient({ maxRetries: 0 });
  const data = new Set<string>();
  const client = recording(pc.client, data);
  const store = new MemoryIndexStore(10_000);
  const crawler = new IndexCrawler({
    store,
    source: client,
    budget: { take: () => Promise.resolve(true) },
    logger: createLogger('silent'),
  });
  await crawler.tick();
  const directory = new CustomerDirectory({
    source: client,
    store: new MemoryDirectoryStore(),
    minReloadMs: 0,
  });
  await directory.refresh();
  const cache = new ResponseCache(DEFAULT_CACHE_POLICY);
  const api = new CachedPartnerCenterApi(client, cache, DEFAULT_CACHE_POLICY, 'global|partner-1');
  const index = new PartnerIndex(store);
  const watches = new Map<string, MemoryWatchStore>();
  const recent = new RecentCustomerMemory().of('tenant|person');
  return {
    data,
    env(locale, extra = {}) {
      let watchStore = watches.get(locale);
      if (!watchStore) watches.set(locale, (watchStore = new MemoryWatchStore()));
      return {
        commands: REGISTRY,
        api,
        directory,
        index,
        recent,
        portal: portalLinks('global'),
        ctx: { ...turn('7f3c2a10-0000-4000-8000-000000000021'), locale },
        watch: {
          store: watchStore,
          conversation: {
            serviceUrl: 'http://127.0.0.1:1',
            conversationId: `every-card-${locale}`,
            channelId: 'msteams',
            reference: {},
          },
          owner: { id: 'person' },
          maxPerPerson: 25,
          ttlMs: 14 * 86_400_000,
          now: Date.now,
        },
        ...extra,
      };
    },
    async close() {
      directory.stop();
      cache.close();
      await pc.sandbox.close();
    },
  };
}

/** `target` with every method's answer walked for data values (into `sink`) on its way back. */
function recording<T extends object>(target: T, sink: Set<string>): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (result instanceof Promise)
          return result.then((answer: unknown) => (collect(answer, sink), answer));
        collect(result, sink);
        return result;
      };
    },
  });
}

function collect(node: unknown, sink: Set<string>, key = ''): void {
  if (typeof node === 'string') {
    if (DATA_FIELDS.has(key) && node.trim()) sink.add(node.trim());
  } else if (Array.isArray(node)) for (const item of node) collect(item, sink, key);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, sink, k);
}
