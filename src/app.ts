import { OrdersBot } from './bot/orders-bot';
import { createAdapter } from './bot/adapter';
import type { ReplySettings } from './bot/reply-policy';
import { memoryState, type StateAdapters } from './state/adapters';
import { PartnerBudget } from './state/partner-budget';
import type { RedisStateOptions } from './state/redis';
import { bucketShape } from './state/token-bucket';
import type { Config } from './config';
import {
  CustomerDirectory,
  MemoryDirectoryStore,
  type DirectoryState,
  type DirectoryStore,
} from './directory';
import type { Logger } from './logging/logger';
import { CachedPartnerCenterApi, DEFAULT_CACHE_POLICY, ResponseCache, type CachePolicy } from './cache';
import { randomUUID } from 'node:crypto';
import { UserRateLimit } from './access/rate-limit';
import { createReadiness } from './health/readiness';
import { PrometheusMetrics } from './metrics/prometheus';
import type { PartnerCenterApi } from './partnercenter/api';
import { MsalTokenProvider } from './partnercenter/auth/msal-token-provider';
import { RoutedNetworkClient } from './partnercenter/auth/routed-network-client';
import { StaticTokenProvider, type TokenProvider } from './partnercenter/auth/token-provider';
import { PartnerCenterClient } from './partnercenter/client';
import { portalLinks } from './partnercenter/portal-links';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from './partnercenter/transport';
import type { Sandbox } from '../dev/sandbox';
import { createServer, type BotServer } from './server/server';
import { ProactiveNotifier } from './bot/proactive';
import { withSandboxNotice } from './cards/sandbox-notice';
import { REGISTRY } from './commands/registry';
import { watchNotices } from './commands/watch/notice-card';
import { WatchPoller } from './watch/poller';
import { pollerBudget } from './watch/poller-budget';
import { indexStatusSince } from './watch/status-since';
import { crawlBudget } from './index/budget';
import { IndexCrawler } from './index/crawler';
import { feedingIndex } from './index/feed';
import { registerIndexMetrics } from './index/metrics';
import { PartnerIndex } from './index/partner-index';
import { digestCards } from './commands/digest/post-card';
import { DigestScheduler } from './digest/scheduler';

export interface RunningApp {
  /** e.g. http://127.0.0.1:3978 — the bot's endpoint is `${url}/api/messages`. */
  url: string;
  sandbox?: Sandbox;
  api: PartnerCenterApi;
  /** Everything /metrics shows. */
  metrics: PrometheusMetrics;
  cache: ResponseCache;
  /** Where the cache, the limits and the answered activity ids live. */
  state: StateAdapters;
  /** The customer directory (absent when CUSTOMER_DIRECTORY_REFRESH_MINUTES is 0). */
  directory?: CustomerDirectory;
  /** Settles when the directory's first load (or adoption of the shared copy) has ended, loaded or not. */
  directoryReady: Promise<DirectoryState | undefined>;
  server: BotServer;
  /** The watch poller of this instance (it polls only while it holds the lock). */
  poller: WatchPoller;
  /** This instance's digest scheduler (it posts only while it holds the lock). */
  digests: DigestScheduler;
  /** The partner-wide index's queries (every instance reads it; one crawls). */
  index: PartnerIndex;
  /** This instance's crawler (it crawls only while it holds the lock); absent when INDEX_BUDGET_SHARE is 0. */
  crawler?: IndexCrawler;
  close(): Promise<void>;
}

interface PartnerCenterWiring {
  baseUrl: string;
  tokens: TokenProvider;
  /** Cache key scope: answers of one cloud and partner tenant are never served to another. */
  scope: string;
  sandbox?: Sandbox;
}

async function wirePartnerCenter(config: Config, shared?: Sandbox): Promise<PartnerCenterWiring> {
  const pc = config.partnerCenter;
  if (pc.mode === 'sandbox' && shared) {
    const { SANDBOX_TOKEN } = loadSandbox();
    return { baseUrl: shared.url, tokens: new StaticTokenProvider(SANDBOX_TOKEN), scope: 'sandbox' };
  }
  if (pc.mode === 'sandbox') {
    const { SANDBOX_TOKEN, startSandbox } = loadSandbox();
    const sandbox = await startSandbox({
      port: pc.sandboxPort,
      latencyMs: pc.sandboxLatencyMs,
      orderCompleteAfterS: pc.sandboxOrderCompleteAfterS,
      customers: pc.sandboxCustomers,
    });
    return {
      baseUrl: sandbox.url,
      tokens: new StaticTokenProvider(SANDBOX_TOKEN),
      scope: 'sandbox',
      sandbox,
    };
  }
  const networkClient = pc.authorityRoute
    ? new RoutedNetworkClient([pc.endpoints.authorityHost, ...pc.endpoints.loginAliases], pc.authorityRoute)
    : undefined;
  const tokens = new MsalTokenProvider({
    tenantId: pc.tenantId,
    authorityHost: pc.endpoints.authorityHost,
    resource: pc.endpoints.resource,
    credentials: pc.credentials,
    networkClient,
  });
  return { baseUrl: pc.endpoints.apiBaseUrl, tokens, scope: `${pc.cloud}|${pc.tenantId.toLowerCase()}` };
}

/**
 * The sandbox is a development tool under dev/, loaded only when asked for, so production code never loads it
 * and the container image, which leaves dev/ out, still starts with real credentials.
 */
function loadSandbox(): typeof import('../dev/sandbox/index.js') {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a development tool
    return require('../dev/sandbox') as typeof import('../dev/sandbox/index.js');
  } catch (err) {
    throw new Error(
      'the embedded Partner Center sandbox is not in this build (it lives in dev/); configure Partner Center credentials',
      { cause: err },
    );
  }
}

/** The composition root: config → Partner Center client → bot → HTTP server. */
export interface AppOptions {
  cachePolicy?: CachePolicy;
  /** The turn's work stops after this; default config.turnDeadlineMs (TURN_DEADLINE_MS). */
  turnDeadlineMs?: number;
  /** An answer not ready after this (default 3 s) is preceded by a progress card. */
  progressAfterMs?: number;
  /** Replies to the Bot Connector: attempt timeout and retries (defaults in src/bot/reply-policy.ts). */
  reply?: Partial<ReplySettings>;
  /** How long close() waits for turns in flight before closing their connections; default config.shutdownDeadlineMs. */
  shutdownDeadlineMs?: number;
  /**
   * Where the cache, the limits and the answered activity ids live. Default: Redis when config.redisUrl is
   * set (with these options), else this process. Given state is the caller's to close.
   */
  state?: StateAdapters;
  /** Redis settings; `keyPrefix` replaces REDIS_KEY_PREFIX (tests give each their own). */
  redis?: Omit<RedisStateOptions, 'logger' | 'metrics' | 'scope'>;
  /**
   * The watch poller's lock TTL (default 30 s), tick (default config.watch.pollTickMs), notice lease (default
   * 3 min) and clock (tests move it instead of waiting).
   */
  watch?: { lockTtlMs?: number; tickMs?: number; noticeLeaseMs?: number; now?: () => number };
  /**
   * The digest scheduler's tick (default 30 s), lock TTL (default 90 s), claim lease (default 3 min), how often a
   * window alert reads the windows (default 5 min) and clock (tests move it instead of waiting).
   */
  digest?: {
    tickMs?: number;
    lockTtlMs?: number;
    leaseMs?: number;
    windowScanMs?: number;
    now?: () => number;
  };
  /** The index crawler's tick (default 1 s), first round's delay (default 30 s), lock TTL, relisting interval and clock (tests move it). */
  index?: {
    tickMs?: number;
    startDelayMs?: number;
    lockTtlMs?: number;
    relistMs?: number;
    now?: () => number;
  };
  /**
   * The clock of what commands look ahead or back from (dates typed, renewals, windows); Date.now by default.
   * Tests pin it to the sandbox's clock, so "in 11 days" stays true across midnight.
   */
  now?: () => number;
  /** In sandbox mode, talk to this running sandbox instead of starting one (several instances, one sandbox). */
  sandbox?: Sandbox;
  /**
   * The customer directory: false turns it off; `store` replaces the default (Redis with REDIS_URL, else this
   * process; a given store is the caller's to close); `refreshEveryMs` overrides the configured interval.
   */
  directory?:
    false | { store?: DirectoryStore; refreshEveryMs?: number; lockTtlMs?: number; minReloadMs?: number };
}

async function pickDirectoryStore(
  config: Config,
  logger: Logger,
  scope: string,
  options: AppOptions,
): Promise<{ store: DirectoryStore; owned: boolean }> {
  const given = options.directory ? options.directory.store : undefined;
  if (given) return { store: given, owned: false };
  if (!config.redisUrl) return { store: new MemoryDirectoryStore(), owned: true };
  const { redisDirectoryStore } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: no Redis client without REDIS_URL
    require('./directory/redis-connection') as typeof import('./directory/redis-connection.js');
  const prefix = options.redis?.keyPrefix ?? config.redisKeyPrefix;
  return { store: await redisDirectoryStore(config.redisUrl, prefix, scope, logger), owned: true };
}

async function pickState(
  config: Config,
  logger: Logger,
  metrics: PrometheusMetrics,
  scope: string,
  options: AppOptions,
): Promise<{ state: StateAdapters; owned: boolean }> {
  if (options.state) return { state: options.state, owned: false };
  if (!config.redisUrl) return { state: memoryState(), owned: true };
  // Lazy: a bot without REDIS_URL never loads the Redis client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, not an ES module import
  const { redisState } = require('./state/redis') as typeof import('./state/redis/index.js');
  const keyPrefix = options.redis?.keyPrefix ?? config.redisKeyPrefix;
  // Every key under the partner's scope: two bots for two partners on one Redis share nothing.
  const redisOptions = { logger, metrics, ...options.redis, keyPrefix, scope };
  return { state: await redisState(config.redisUrl, redisOptions), owned: true };
}

export async function startApp(
  config: Config,
  logger: Logger,
  options: AppOptions = {},
): Promise<RunningApp> {
  const wiring = await wirePartnerCenter(config, options.sandbox);
  const turnDeadlineMs = options.turnDeadlineMs ?? config.turnDeadlineMs;
  const metrics = new PrometheusMetrics();
  const { state, owned } = await pickState(config, logger, metrics, wiring.scope, options);
  const closeState = () => (owned ? state.close() : Promise.resolve());
  // One bucket per partner tenant, shared by every instance when the state is.
  const budget = new PartnerBudget(
    state.tokenBucket(bucketShape(config.partnerCenterBudgetPerMinute)),
    wiring.scope,
    undefined,
    metrics,
  );
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    baseUrl: wiring.baseUrl,
    tokens: wiring.tokens,
    metrics,
    applicationName: 'pc-orders-bot',
    budget,
  });
  const client = new PartnerCenterClient(transport);
  const cachePolicy = options.cachePolicy ?? DEFAULT_CACHE_POLICY;
  const cache = new ResponseCache(cachePolicy, metrics, { store: state.responseStore(cachePolicy) });
  const indexStore = state.indexStore(config.index.maxCustomers);
  const index = new PartnerIndex(indexStore);
  // The crawler reads Partner Center directly (caching its one-off answers would push people's out).
  const crawler =
    config.index.budgetShare > 0
      ? new IndexCrawler({
          store: indexStore,
          source: client,
          budget: crawlBudget(
            state.tokenBucket,
            config.partnerCenterBudgetPerMinute,
            config.index.budgetShare,
            wiring.scope,
          ),
          logger,
          watched: async () => (await state.watchStore.all()).map((w) => w.customerId),
          ...options.index,
        })
      : undefined;
  if (!indexStore.shared) {
    logger.info(
      { maxCustomers: indexStore.maxCustomers },
      'the order index lives in this process: it holds up to this many customers and a restart reads them again (set REDIS_URL to share and keep it)',
    );
  }
  // People's answers feed the index too.
  const api = feedingIndex(new CachedPartnerCenterApi(client, cache, cachePolicy, wiring.scope), {
    store: indexStore,
    asked: (customerId) => crawler?.noteAsked(customerId),
  });
  registerIndexMetrics(metrics.registry, index);
  // The directory reads Partner Center directly (it is its own cache), within the partner-wide budget.
  const directoryOn = options.directory !== false && config.customerDirectoryRefreshMinutes > 0;
  const directoryStore = directoryOn
    ? await pickDirectoryStore(config, logger, wiring.scope, options)
    : undefined;
  const directory = directoryStore
    ? new CustomerDirectory({
        source: client,
        store: directoryStore.store,
        refreshEveryMs:
          (options.directory ? options.directory.refreshEveryMs : undefined) ??
          config.customerDirectoryRefreshMinutes * 60_000,
        lockTtlMs: options.directory ? options.directory.lockTtlMs : undefined,
        minReloadMs: options.directory ? options.directory.minReloadMs : undefined,
        logger,
      })
    : undefined;
  const closeDirectory = async () => {
    directory?.stop();
    if (directoryStore?.owned) await directoryStore.store.close?.();
  };
  const adapter = createAdapter(config.bot, logger, {
    timing: { turnDeadlineMs },
    reply: options.reply,
    seenActivities: state.seenActivities,
  });
  const bot = new OrdersBot({
    commands: REGISTRY,
    api,
    directory,
    index,
    logger,
    access: config.access,
    rateLimit:
      config.rateLimitPerMinute > 0
        ? new UserRateLimit(config.rateLimitPerMinute, state.limiters)
        : undefined,
    metrics,
    turnDeadlineMs,
    progressAfterMs: options.progressAfterMs,
    sandboxNotice: config.sandboxNotice,
    prices: config.pricesInSharedConversations,
    portal: portalLinks(config.cloud),
    now: options.now,
    watch: {
      store: state.watchStore,
      maxPerPerson: config.watch.maxPerPerson,
      ttlMs: config.watch.ttlDays * 24 * 60 * 60 * 1000,
    },
    // The scheduler's clock: a digest asked for "now" is due from the next period on that same clock.
    digest: { store: state.digestStore, hourUtc: config.digest.hourUtc, now: options.digest?.now },
  });
  if (!state.watchStore.shared) {
    logger.info(
      'watches live in this process: a restart forgets them (set REDIS_URL to share and keep them)',
    );
  }
  // One notice path for watches and digests: the thread's pacing, deferrals and 403/404.
  const notifier = new ProactiveNotifier(adapter, config.bot.appId, logger, (card, locale) =>
    config.sandboxNotice ? withSandboxNotice(card, locale) : card,
  );
  const poller = new WatchPoller({
    store: state.watchStore,
    api,
    notifier,
    notices: watchNotices(portalLinks(config.cloud)),
    // Since when a watched order is in its status when neither its watch nor its body says: the index's record.
    statusSince: indexStatusSince(index),
    budget: pollerBudget(state.tokenBucket, config.partnerCenterBudgetPerMinute, wiring.scope),
    logger,
    tickMs: options.watch?.tickMs ?? config.watch.pollTickMs,
    lockTtlMs: options.watch?.lockTtlMs,
    noticeLeaseMs: options.watch?.noticeLeaseMs,
    now: options.watch?.now,
  });
  if (!state.digestStore.shared) {
    logger.info(
      'digests live in this process: a restart forgets them (set REDIS_URL to share and keep them)',
    );
  }
  // Digests read the index only: posting one costs no Partner Center call.
  const digests = new DigestScheduler({
    store: state.digestStore,
    index,
    notifier,
    cards: digestCards(directory),
    hourUtc: config.digest.hourUtc,
    logger,
    ...options.digest,
  });
  const sharedTier = state.sharedTier;
  const readiness = createReadiness(
    {
      token: () => wiring.tokens.getToken(),
      partnerCenter: () => client.listIndirectResellers({ correlationId: randomUUID() }),
    },
    undefined,
    undefined,
    // Redis trouble never stops answers: shown as degraded, never unready.
    sharedTier ? { redis: () => sharedTier.status } : {},
    { index: () => index.coverage() },
  );
  const server = createServer({
    adapter,
    bot,
    logger,
    readiness,
    registry: metrics.registry,
    // Emulator mode authenticates nobody, so replies may only go to a connector on this machine.
    requireLoopbackServiceUrl: !config.bot.appId,
    shutdownDeadlineMs: options.shutdownDeadlineMs ?? config.shutdownDeadlineMs,
  });
  let url: string;
  try {
    url = await server.start(config.port, config.host);
  } catch (err) {
    // E.g. the port is taken: do not leave the sandbox running behind a bot that never started.
    cache.close();
    await closeDirectory();
    await closeState();
    await wiring.sandbox?.close();
    throw err;
  }
  poller.start();
  digests.start();
  crawler?.start();
  // In the background: until it is loaded, names are searched in Partner Center as without a directory.
  const directoryReady = directory ? directory.start() : Promise.resolve(undefined);

  return {
    url,
    sandbox: wiring.sandbox,
    api,
    metrics,
    cache,
    state,
    directory,
    directoryReady,
    server,
    poller,
    digests,
    index,
    crawler,
    /** Graceful: stop accepting, let turns in flight answer (up to the shutdown deadline), then stop the sandbox. */
    async close() {
      await server.drain();
      await poller.stop();
      await digests.stop();
      await crawler?.stop();
      cache.close();
      await closeDirectory();
      await closeState();
      await wiring.sandbox?.close();
    },
  };
}
