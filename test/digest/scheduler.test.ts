// The digest scheduler on a controllable clock, with the in-process stores and a notifier that answers as told:
// a period posts once; a refused post is tried again later and given up after three tries; a thread Teams
// throttles gets it once its time comes; a claim left by a sender that died is posted after its lease, once;
// a window alert announces windows closing within 24 h, and opened ones only after its baseline.
import type { AdaptiveCard } from '../../src/cards/types';
import type { DigestCards } from '../../src/digest/cards';
import { DigestScheduler } from '../../src/digest/scheduler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedSubscription } from '../../src/index/records';
import { createLogger } from '../../src/logging/logger';
import {
  digestId,
  MemoryDigestStore,
  type Digest,
  type RenewalsDigest,
  type WindowAlert,
} from '../../src/state/digest-store';
import type { WatchConversation } from '../../src/state/watch-store';
import type { NoticeResult, Notifier } from '../../src/watch/notifier';
import { LogCapture } from '../support/harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SUNDAY = Date.parse('2026-03-01T10:00:00Z');
const MONDAY_8 = Date.parse('2026-03-02T08:00:00Z');
const LEASE = 3 * 60_000;

class ScriptedNotifier implements Notifier {
  readonly sent: { conversation: string; card: AdaptiveCard }[] = [];
  /** Answers to give, in order; then 'sent'. */
  answers: NoticeResult[] = [];
  send(conversation: WatchConversation, card: AdaptiveCard): Promise<NoticeResult> {
    const answer = this.answers.shift() ?? 'sent';
    if (answer === 'sent') this.sent.push({ conversation: conversation.conversationId, card });
    return Promise.resolve(answer);
  }
}

/** Cards that say what they are about, for the assertions. */
const cards: DigestCards = {
  renewals: (digest, content) => ({ type: 'AdaptiveCard', about: digest.id, terms: content.termEnds.total }),
  windows: (alert, events) => ({
    type: 'AdaptiveCard',
    about: alert.id,
    events: events.map((e) => `${e.kind} ${e.subscription.id}`).sort(),
  }),
};

const conversation = (id: string): WatchConversation => ({
  serviceUrl: 'http://127.0.0.1:1',
  conversationId: id,
  channelId: 'emulator',
  reference: {},
});

function weekly(thread: string, createdAt = SUNDAY): RenewalsDigest {
  return {
    id: digestId(thread, { kind: 'renewals', cadence: 'weekly' }, undefined),
    kind: 'renewals',
    cadence: 'weekly',
    conversation: conversation(thread),
    owner: { id: 'u1' },
    locale: 'en-US',
    createdAt,
  };
}

function windowsAlert(thread: string, createdAt = SUNDAY): WindowAlert {
  return {
    id: digestId(thread, { kind: 'windows' }, undefined),
    kind: 'windows',
    conversation: conversation(thread),
    owner: { id: 'u1' },
    locale: 'en-US',
    createdAt,
  };
}

const subscription = (id: string, fields: Partial<IndexedSubscription>): IndexedSubscription => ({
  id,
  cust: 'c1',
  status: 'active',
  qty: 1,
  ...fields,
});

function setup() {
  let now = SUNDAY;
  const clock = { now: () => now, set: (at: number) => (now = at) };
  const store = new MemoryDigestStore();
  const indexStore = new MemoryIndexStore(100);
  const notifier = new ScriptedNotifier();
  const logs = new LogCapture();
  const scheduler = (instanceId: string) =>
    new DigestScheduler({
      store,
      index: new PartnerIndex(indexStore),
      notifier,
      cards,
      hourUtc: 8,
      logger: createLogger('info', logs),
      instanceId,
      lockTtlMs: 1,
      now: clock.now,
    });
  return { clock, store, indexStore, notifier, logs, scheduler };
}

/** Lets a 1 ms lock lapse, so the next tick's instance may lead. */
const lapse = () => new Promise((r) => setTimeout(r, 5));

describe('the digest scheduler', () => {
  it('posts a period once, whichever instance ticks', async () => {
    const { clock, store, indexStore, notifier, scheduler } = setup();
    await indexStore.putCustomer({
      customerId: 'c1',
      subscriptions: [subscription('s1', { ends: MONDAY_8 + 3 * DAY, term: 'P1Y' })],
      at: SUNDAY,
    });
    await store.add(weekly('t1'), 10);
    const [a, b] = [scheduler('a'), scheduler('b')];
    await a.tick();
    expect(notifier.sent).toHaveLength(0);
    clock.set(MONDAY_8);
    await a.tick();
    await lapse();
    await b.tick();
    await lapse();
    await a.tick();
    expect(notifier.sent).toEqual([
      { conversation: 't1', card: { type: 'AdaptiveCard', about: weekly('t1').id, terms: 1 } },
    ]);
    clock.set(MONDAY_8 + 7 * DAY);
    await lapse();
    await b.tick();
    expect(notifier.sent).toHaveLength(2);
  });

  it('tries a refused post again after the lease, and gives it up after three tries', async () => {
    const { clock, store, notifier, logs, scheduler } = setup();
    await store.add(weekly('t1'), 10);
    const a = scheduler('a');
    notifier.answers = ['failed', 'failed', 'failed'];
    clock.set(MONDAY_8);
    await a.tick();
    await a.tick(); // within the retry wait: not tried
    expect(notifier.answers).toHaveLength(2);
    clock.set(MONDAY_8 + LEASE);
    await a.tick();
    clock.set(MONDAY_8 + 2 * LEASE);
    await a.tick();
    expect(notifier.answers).toHaveLength(0);
    clock.set(MONDAY_8 + 3 * LEASE);
    await a.tick();
    expect(notifier.sent).toHaveLength(0);
    expect(logs.records().filter((r) => r.msg === 'digest post given up')).toHaveLength(1);
  });

  it('posts into a throttled thread once its time comes', async () => {
    const { clock, store, notifier, scheduler } = setup();
    await store.add(weekly('t1'), 10);
    const a = scheduler('a');
    clock.set(MONDAY_8);
    notifier.answers = [{ deferred: true, notBefore: MONDAY_8 + 30_000 }];
    await a.tick();
    clock.set(MONDAY_8 + 10_000);
    await a.tick();
    expect(notifier.sent).toHaveLength(0);
    clock.set(MONDAY_8 + 30_000);
    await a.tick();
    await a.tick();
    expect(notifier.sent).toHaveLength(1);
  });

  it('posts what a sender that died had claimed, once its lease has ended', async () => {
    const { clock, store, notifier, scheduler } = setup();
    const digest = weekly('t1');
    await store.add(digest, 10);
    clock.set(MONDAY_8);
    const key = { key: 'period|weekly:2026-03-02', ttlMs: 9 * DAY };
    await store.claim(digest.id, [key], 'dead', MONDAY_8 + LEASE, MONDAY_8);
    const a = scheduler('a');
    await a.tick();
    expect(notifier.sent).toHaveLength(0);
    clock.set(MONDAY_8 + LEASE);
    await a.tick();
    await a.tick();
    expect(notifier.sent).toHaveLength(1);
  });

  it('ends a digest whose thread is gone (403/404)', async () => {
    const { clock, store, notifier, logs, scheduler } = setup();
    await store.add(weekly('t1'), 10);
    notifier.answers = ['gone'];
    clock.set(MONDAY_8);
    await scheduler('a').tick();
    expect(await store.all()).toEqual([]);
    expect(logs.records().some((r) => r.msg === 'digest removed: its conversation is gone')).toBe(true);
  });

  it('announces windows closing within 24 hours, and opened ones only after its baseline', async () => {
    const { clock, store, indexStore, notifier, scheduler } = setup();
    const read = (subscriptions: IndexedSubscription[]) =>
      indexStore.putCustomer({ customerId: 'c1', subscriptions, at: clock.now() });
    await read([
      subscription('soon', { cancelBy: SUNDAY + 5 * HOUR }),
      subscription('later', { cancelBy: SUNDAY + 50 * HOUR }),
    ]);
    const alert: Digest = windowsAlert('t1');
    await store.add(alert, 10);
    const events = () => notifier.sent.flatMap((s) => (s.card as { events: string[] }).events);
    const a = scheduler('a');
    // The index's first pass runs: closing windows are announced, nothing is taken as opened.
    await a.tick();
    expect(events()).toEqual(['closing soon']);
    expect(await store.get(alert.id)).not.toHaveProperty('baselineAt');
    // First pass done: the windows open now are the baseline.
    await indexStore.setProgress({ totalCustomers: 1, firstPassDoneAt: SUNDAY });
    clock.set(SUNDAY + HOUR);
    await a.tick();
    expect(events()).toEqual(['closing soon']);
    expect(await store.get(alert.id)).toMatchObject({ baselineAt: SUNDAY + HOUR });
    // A purchase opens a window; "later" gets within 24 hours.
    clock.set(SUNDAY + 30 * HOUR);
    await read([
      subscription('later', { cancelBy: SUNDAY + 50 * HOUR }),
      subscription('new', { cancelBy: SUNDAY + 30 * HOUR + 168 * HOUR }),
    ]);
    const b = scheduler('b');
    await lapse();
    await b.tick();
    expect(events()).toEqual(['closing soon', 'closing later', 'opened new']);
    clock.set(SUNDAY + 31 * HOUR);
    await lapse();
    await a.tick();
    await lapse();
    await b.tick();
    expect(events()).toHaveLength(3);
  });
});
