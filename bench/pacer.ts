// 25 watch notices into one Teams channel thread, through the real poller, notifier, adapter and pacer, against
// a connector that throttles like Teams: how many got 429 (target 0) and how long all 25 took. Run alone:
// npm run build && node dist/bench/pacer.js
import { startApp, type RunningApp } from '../src/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { watchId } from '../src/state/watch-store';
import { startTeamsConnector } from './teams-connector';

const NOTICES = 25;
const THREAD = '19:bench@thread.tacv2;messageid=1700000000000';

export interface PacerRun {
  notices: number;
  delivered: number;
  status429: number;
  ms: number;
  /** Poller rounds it took (a notice the pacer cannot send soon waits for a later round). */
  rounds: number;
}

export async function measurePacer(app: RunningApp): Promise<PacerRun> {
  const connector = await startTeamsConnector();
  try {
    const conversation = { id: THREAD, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' };
    for (let i = 0; i < NOTICES; i++) {
      const orderId = `bench-order-${i}`;
      await app.state.watchStore.add(
        {
          id: watchId(THREAD, orderId),
          conversation: {
            serviceUrl: connector.url,
            conversationId: THREAD,
            tenantId: 'tenant-1',
            channelId: 'msteams',
            reference: {
              channelId: 'msteams',
              serviceUrl: connector.url,
              conversation,
              bot: { id: '28:bot-app-id', name: 'Orders Bot' },
              user: { id: '29:bench-user' },
              locale: 'en-US',
            },
          },
          owner: { id: '29:bench-user' },
          customerId: 'bench-customer',
          customerName: 'Bench',
          orderId,
          locale: 'en-US',
          state: { status: 'pending', since: new Date().toISOString() },
          createdAt: Date.now() - 1_000,
          expiresAt: Date.now() - 1, // each gets its "watch expired" notice next round
        },
        1_000,
      );
    }
    const started = Date.now();
    let rounds = 0;
    while (connector.accepted(THREAD) < NOTICES && rounds < 20) {
      await app.poller.tick(true);
      rounds++;
      if (connector.accepted(THREAD) < NOTICES) await new Promise((r) => setTimeout(r, 500));
    }
    return {
      notices: NOTICES,
      delivered: connector.accepted(THREAD),
      status429: connector.throttled(THREAD),
      ms: Date.now() - started,
      rounds,
    };
  } finally {
    await connector.close();
  }
}

if (require.main === module) {
  void (async () => {
    const app = await startApp(
      readConfig({ PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' }),
      createLogger('silent'),
      { directory: false },
    );
    try {
      const run = await measurePacer(app);
      console.log(JSON.stringify({ pacer: run, target: run.delivered === NOTICES && run.status429 === 0 }));
    } finally {
      await app.close();
    }
  })();
}
