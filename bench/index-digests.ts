// index.digests (issue 19): what posting digests and window alerts costs Partner Center — nothing, they read the
// partner-wide index — and how long the index takes to make them at 10,000 customers. Through the whole bot: a
// weekly renewals digest and a window alert, both partner-wide, are asked for in a thread; the bot's own digest
// scheduler then posts them at Monday's digest hour on the bench's clock, while the sandbox counts its requests.
import type { RunningApp } from '../src/app';
import { digestContent } from '../src/digest/content';
import { firstPostAt } from '../src/digest/schedule';
import { openWindows } from '../src/digest/windows';
import { round } from './index-crawl';
import { ACTIVITY_ID_SLOT, median, postTurn } from './load';
import type { Replies } from './index-queries';
import type { ThreadSandbox } from './sandbox-thread';

const SAMPLES = 11;
const WARM_UPS = 2;

export interface DigestFigures {
  /** Partner Center calls the sandbox saw while the scheduler posted them (target 0). */
  partnerCenterCalls: number;
  /** Posts the thread received: the digest and the window alert's notice. */
  posted: number;
  /** digestContent over the whole index: 30 days of term ends, ends, closing windows, rollovers counted. */
  contentP50Ms: number;
  /** The open windows a partner-wide window alert reads each look (at most 5,000). */
  windowScanP50Ms: number;
}

/** The bench's clock for the bot's digest scheduler: what its options' `now` reads. */
export class BenchClock {
  now = Date.now();
  readonly read = (): number => this.now;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UPS; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return round(median(times), 3);
}

let threads = 0;

export async function measureDigests(
  app: RunningApp,
  replies: Replies,
  sandbox: ThreadSandbox,
  clock: BenchClock,
  hourUtc: number,
): Promise<DigestFigures> {
  const thread = `digest-bench-${++threads}`;
  const ask = (text: string) =>
    postTurn(
      app.url,
      JSON.stringify({
        type: 'message',
        id: ACTIVITY_ID_SLOT,
        serviceUrl: replies.url,
        channelId: 'emulator',
        from: { id: 'bench-user', name: 'Bench' },
        conversation: { id: thread },
        recipient: { id: 'bot', name: 'Bot' },
        text,
        locale: 'en-US',
      }),
    );
  const asked = clock.now;
  await ask('digest renewals weekly');
  await ask('watch cancellation windows');
  const answers = replies.byConversation.get(thread)?.length ?? 0;
  clock.now = firstPostAt('weekly', hourUtc, asked);
  await sandbox.clearRequests();
  await app.digests.tick();
  const partnerCenterCalls = (await sandbox.counts()).total;
  const posted = (replies.byConversation.get(thread)?.length ?? 0) - answers;
  replies.byConversation.delete(thread);
  const now = clock.now;
  return {
    partnerCenterCalls,
    posted,
    contentP50Ms: await timed(() => digestContent(app.index, now)),
    windowScanP50Ms: await timed(() => openWindows(app.index, now)),
  };
}
