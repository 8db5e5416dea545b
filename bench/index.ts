import { cpus } from 'node:os';
import { startApp, type RunningApp } from '../src/app';
import { ordersSummaryCard } from '../src/commands/orders/card';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import type { Order } from '../src/partnercenter/models';
import { NORTHWIND_TENANT_ID } from '../dev/sandbox';
import { startEchoBot } from './echo-bot';
import { readBenchSettings } from './settings';
import { coldTurnP50Ms, median, messageActivity, postTurn, turnsPerSecond } from './load';
import { measureParse } from './parse-speed';
import { measureKnownCustomer } from './mixed-workload';
import { measurePacer } from './pacer';
import { measureSharedTier } from './shared-tier';
import { startStubConnector } from './stub-connector';
import { simulatePolling } from './watch-poller';
import { budgetBurstSection, repeatedCoalescingSection } from './budget-sections';
import { indexSection } from './index-section';
import type { SectionName } from './sections';

// Figures are compared within this one run only: the machine is shared and noisy (see README, Benchmarks).
const { pairs: PAIRS, seconds: SECONDS, only: ONLY } = readBenchSettings(process.env);
const LATENCY_MS = 100;

function renderMicros(orders: Order[], count: number, runs = 1500, warmUp = 500): number {
  const input = {
    customer: {
      id: NORTHWIND_TENANT_ID,
      name: 'Northwind Traders',
      domain: 'northwindtraders.onmicrosoft.com',
    },
    filters: {},
    orders: orders.slice(0, count),
    offset: 0,
    pageSize: count,
    actions: {
      details: (id: string) => ({ id }),
      subscriptions: (id: string) => ({ id }),
      more: (o: number) => ({ o }),
      refresh: () => ({ refresh: true }),
    },
  };
  const samples: number[] = [];
  // Warm-up runs first, so the JIT has settled before anything is measured.
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    JSON.stringify(ordersSummaryCard(input, { locale: 'en-US' }));
    if (i >= warmUp) samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  return Math.round(median(samples) * 10) / 10;
}

/**
 * Echo and orders turns per second in pairs, and the 10-order render measured again with each pair: this
 * machine's speed drifts (renders measured seconds apart differ by up to two times), so the render's share of an
 * echo turn is taken pair by pair, from figures measured together.
 */
async function throughput(app: RunningApp, echoUrl: string, connectorUrl: string, render10: () => number) {
  const echoBody = messageActivity(connectorUrl, 'orders for contoso');
  const ordersBody = messageActivity(connectorUrl, 'orders for contoso');
  await postTurn(app.url, ordersBody); // warm the cache
  const ratios: number[] = [];
  const echo: number[] = [];
  const orders: number[] = [];
  const renderShares: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which goes first, so drift on the machine does not favour one side.
    const runEcho = () => turnsPerSecond(echoUrl, echoBody, SECONDS);
    const runOrders = () => turnsPerSecond(app.url, ordersBody, SECONDS);
    let e: number;
    let o: number;
    if (i % 2 === 0) {
      e = await runEcho();
      o = await runOrders();
    } else {
      o = await runOrders();
      e = await runEcho();
    }
    echo.push(e);
    orders.push(o);
    ratios.push(o / e);
    renderShares.push((render10() * e) / 1e6);
  }
  return {
    echo: Math.round(median(echo)),
    orders: Math.round(median(orders)),
    ratio: Math.round(median(ratios) * 100) / 100,
    renderShare: Math.round(median(renderShares) * 1000) / 1000,
  };
}

async function coalescing(app: RunningApp, connectorUrl: string): Promise<number> {
  app.cache.clear();
  app.sandbox!.knobs.latencyMs = LATENCY_MS;
  app.sandbox!.clearRequests();
  const body = messageActivity(connectorUrl, 'orders for contoso');
  await Promise.all(Array.from({ length: 50 }, () => postTurn(app.url, body)));
  return app.sandbox!.requests.filter((r) => /\/orders$/i.test(r.path)).length;
}

async function coldPath(app: RunningApp, connectorUrl: string): Promise<number> {
  app.sandbox!.knobs.latencyMs = LATENCY_MS;
  return coldTurnP50Ms(app, messageActivity(connectorUrl, 'orders for contoso'));
}

/** The sections that can run alone, by name. */
async function runSection(name: SectionName, connectorUrl: string) {
  switch (name) {
    case 'budgetBurst':
      return budgetBurstSection();
    case 'coalescingRepeated':
      return repeatedCoalescingSection(connectorUrl, LATENCY_MS);
    case 'index':
      return indexSection();
  }
}

/** BENCH_ONLY: just the named sections, with their targets. */
async function mainOnly(names: SectionName[]): Promise<void> {
  const connector = await startStubConnector();
  try {
    const result: Record<string, unknown> = { cores: cpus().length, node: process.version };
    const targets: Record<string, boolean> = {};
    for (const name of names) {
      const section = await runSection(name, connector.url);
      result[name] = section.figures;
      Object.assign(targets, section.targets);
    }
    console.log(JSON.stringify({ ...result, targets }, null, 2));
  } finally {
    await connector.close();
  }
}

async function main(): Promise<void> {
  if (ONLY.length > 0) return mainOnly(ONLY);
  const connector = await startStubConnector();
  const echoBot = await startEchoBot();
  const app = await startApp(
    // The order index's crawler off: these sections measure people's turns, and the crawler re-reads the
    // customers they ask about (its own orders calls would count in the coalescing figure). The index section
    // measures the crawler on its own.
    readConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      INDEX_BUDGET_SHARE: '0',
    }),
    createLogger('silent'),
    // coldPath.p50Ms is the path without a customer directory (a search first); knownCustomerP50Ms is with one.
    { directory: false },
  );
  try {
    const northwind = await app.api.listOrders(
      NORTHWIND_TENANT_ID,
      { includePrice: true },
      { correlationId: 'bench' },
    );
    const cardRenderMicros = {
      orders10: renderMicros(northwind, 10),
      orders100: renderMicros(northwind, 100),
    };
    const parse = measureParse();
    const tput = await throughput(app, echoBot.url, connector.url, () =>
      renderMicros(northwind, 10, 600, 100),
    );
    const upstreamOrdersCalls = await coalescing(app, connector.url);
    const p50Ms = await coldPath(app, connector.url);
    app.sandbox!.knobs.latencyMs = 0;
    const known = await measureKnownCustomer(connector.url, LATENCY_MS);
    const shared = await measureSharedTier(app, connector.url, PAIRS, SECONDS, LATENCY_MS);
    const watchPoller = {
      spreadOver14Days: await simulatePolling(),
      allNew: await simulatePolling(500, 50, () => 0),
    };
    const pollerRuns = Object.values(watchPoller);
    const pacer = await measurePacer(app);
    const budgetBurst = await runSection('budgetBurst', connector.url);
    const coalescingRepeated = await runSection('coalescingRepeated', connector.url);
    const index = await runSection('index', connector.url);
    // The 10-order render as a share of one echo turn's time (1 / echo turns per second), pair by pair.
    const renderShareOfEchoTurn = tput.renderShare;
    const result = {
      cores: cpus().length,
      node: process.version,
      pairs: PAIRS,
      secondsPerRun: SECONDS,
      echoTurnsPerSec: tput.echo,
      ordersTurnsPerSec: tput.orders,
      throughputRatio: tput.ratio,
      cardRenderMicros,
      renderShareOfEchoTurn,
      parse,
      coalescing: { concurrentCommands: 50, upstreamOrdersCalls },
      coldPath: {
        p50Ms,
        upstreamLatencyMs: LATENCY_MS,
        roundTrips: 2,
        knownCustomerP50Ms: known.knownCustomerP50Ms,
        knownCustomerRoundTrips: known.roundTrips,
      },
      sharedTier: shared ?? {
        note: 'skipped: no redis-server on PATH and no REDIS_URL',
      },
      watchPoller,
      pacer,
      budgetBurst: budgetBurst.figures,
      coalescingRepeated: coalescingRepeated.figures,
      index: index.figures,
      targets: {
        throughputRatio: tput.ratio >= 0.85,
        orders10: cardRenderMicros.orders10 <= 300,
        renderShareOfEchoTurn: renderShareOfEchoTurn <= 0.2,
        orders100: cardRenderMicros.orders100 <= 2000,
        parseTypical: parse.typicalMicros <= 50,
        parseLongMessage: parse.longMessageMs <= 50,
        upstreamOrdersCalls: upstreamOrdersCalls === 1,
        coldPath: p50Ms <= 2 * LATENCY_MS + 30,
        knownCustomerColdPath: known.knownCustomerP50Ms <= LATENCY_MS + 30,
        watchPollerOneListPerCustomerPoll: pollerRuns.every(
          (run) => run.ordersListCallsPerHour <= run.scheduledCustomerPollsPerHour,
        ),
        watchPollerWithinBudgetShare: pollerRuns.every((run) => run.callsPerHour <= run.budgetCeilingPerHour),
        pacerNo429: pacer.delivered === pacer.notices && pacer.status429 === 0,
        ...(shared && {
          sharedTierThroughputRatio: shared.throughputRatio >= 0.9,
          sharedTierUpstreamOrdersCalls: shared.coalescing.upstreamOrdersCalls === 1,
          sharedTierUpstreamVsTwoWithout: shared.upstreamCallsPer1000.ratioVsTwoWithoutSharedTier <= 0.6,
          sharedTierUpstreamVsOne: shared.upstreamCallsPer1000.ratioVsOneInstance <= 1.1,
        }),
        ...budgetBurst.targets,
        ...coalescingRepeated.targets,
        ...index.targets,
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await app.close();
    await echoBot.close();
    await connector.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
