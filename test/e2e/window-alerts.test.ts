// Issue 19, item 4: `watch cancellation windows` in a thread, through the real app on one Redis with two
// instances (sandbox on a pinned clock, the crawler run over it, the Emulator's connector capturing the posts).
// A window closing within 24 hours is announced exactly once, whichever instance leads; a window a renewal opens
// later is announced once as opened; windows already open when the alert began never are.
import { CONTOSO_RENEWAL_SUBSCRIPTION_IDS as SUBS, type Sandbox } from '../../dev/sandbox';
import { expectValidCard } from '../cards/validate-card';
import { cardText, sendToBot } from '../support/emulator';
import { stopHarness, type Harness } from '../support/harness';
import { crawl, PinnedClock, pinnedBot, pinnedSandbox, tickAll } from '../support/pinned-partner';
import { startRedis, type TestRedis } from '../support/redis';

const START = '2026-03-01T10:00:00Z';
const HOUR = 3_600_000;

// Two instances on one Redis, the index crawled once at the start; each test has its own thread (alerts and
// claims are per thread) and the last one moves the clock weeks on.
jest.setTimeout(120_000);

let redis: TestRedis;
let clock: PinnedClock;
let sandbox: Sandbox;
let a: Harness;
let b: Harness;
beforeAll(async () => {
  redis = await startRedis();
  clock = new PinnedClock(START);
  sandbox = await pinnedSandbox(clock);
  const shared = { redis, keyPrefix: redis.prefix() };
  a = await pinnedBot(sandbox, clock, shared);
  b = await pinnedBot(sandbox, clock, shared);
  await crawl(a, clock);
});
afterAll(async () => {
  await stopHarness(b);
  await stopHarness(a);
  await sandbox.close();
  await redis.close();
});

let THREAD = '';
let threads = 0;
beforeEach(() => {
  THREAD = `conv-windows-${++threads}`;
});

/** The window notices posted into the thread (both instances post to a's connector: the asker's). */
function notices(): string[] {
  return a.connector
    .conversation(THREAD)
    .map((r) => r.activity.attachments?.[0]?.content)
    .filter((card) => /Stop window alerts/.test(cardText(card)))
    .map((card) => {
      expectValidCard(card);
      return cardText(card);
    });
}

const mentions = (id: string) => notices().filter((text) => text.includes(id)).length;

async function watchWindows(): Promise<string> {
  const turn = await sendToBot(b.app.url, a.connector, 'watch cancellation windows for contoso', {
    conversationId: THREAD,
  });
  return cardText(turn.cards.at(-1));
}

describe('cancellation window alerts across two instances', () => {
  it('stop when asked', async () => {
    await watchWindows();
    const stopped = await sendToBot(b.app.url, a.connector, 'unwatch cancellation windows', {
      conversationId: THREAD,
    });
    expect(cardText(stopped.cards.at(-1))).toContain('Stopped: Cancellation window alerts · Contoso.');
    await tickAll([a, b]);
    expect(notices()).toHaveLength(0);
  });

  it('announce a window closing within 24 hours exactly once, and the next one when its time comes', async () => {
    const answer = await watchWindows();
    expect(answer).toContain(
      'This thread hears when a cancellation window opens on a purchase or a renewal, and 24 hours before one closes, for Contoso.',
    );
    sandbox.clearRequests();
    await tickAll([a, b]);
    await tickAll([b, a]);
    expect(sandbox.requests).toHaveLength(0); // from the index alone
    // Business Basic's renewal window closes 5 hours after the start.
    expect(mentions(SUBS.basicClosingWindow)).toBe(1);
    const [first] = notices();
    expect(first).toContain('Cancellation windows of Contoso');
    expect(first).toMatch(
      /Closing within 24 hours \(\d+\):\nContoso · Microsoft 365 Business Basic ×200 · can be cancelled or reduced until Mar 1, 2026, 3:00 PM UTC \(in 5 hours\)/,
    );
    // Windows open before the alert began are never announced as opened; those not closing yet wait.
    expect(first).not.toContain('Opened by');
    expect(mentions(SUBS.exchangeRenewedWindow)).toBe(0);

    // 27 hours on, Exchange Online's window (50 hours after the start) has 23 left.
    clock.add(27 * HOUR);
    await tickAll([a, b]);
    await tickAll([b, a]);
    expect(mentions(SUBS.exchangeRenewedWindow)).toBe(1);
    expect(mentions(SUBS.basicClosingWindow)).toBe(1);
    clock.add(HOUR);
    await tickAll([a, b]);
    expect(mentions(SUBS.exchangeRenewedWindow)).toBe(1);
  });

  it('announce once a window a renewal opens, after the alert began', async () => {
    await watchWindows();
    await tickAll([a, b]);
    expect(notices().join('\n')).not.toContain(SUBS.e5Annual);
    // Microsoft 365 E5 renews 20 days after the start day: two days later its new term's window is open.
    clock.set('2026-03-23T00:00:00Z');
    await crawl(a, clock);
    await tickAll([a, b]);
    await tickAll([b, a]);
    expect(mentions(SUBS.e5Annual)).toBe(1);
    const opened = notices().find((text) => text.includes(SUBS.e5Annual))!;
    expect(opened).toMatch(/Opened by a purchase or a renewal \(\d+\):/);
    expect(opened).toMatch(
      /Contoso · Microsoft 365 E5 ×40 · can be cancelled or reduced until Mar 2[789], 2026/,
    );
    clock.add(HOUR);
    await tickAll([a, b]);
    expect(mentions(SUBS.e5Annual)).toBe(1);
  });
});
