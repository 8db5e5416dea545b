// The poller's notices against a connector that answers like Teams (per-thread limits, 429 with Retry-After):
// 25 notices into one channel thread arrive without a single 429, and two throttled or hung conversations
// do not hold up a third conversation's notice; the throttled one's notice waits for a later round.

import { watchId, type Watch } from '../../src/state/watch-store';
import { cardText } from '../support/emulator';
import { sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const THREAD = '19:abc@thread.tacv2;messageid=1700000000000';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** A watch asked for in a channel thread with an @mention, as Teams sends it; returns the stored watch. */
async function askedWatch(harness: Harness): Promise<Watch> {
  await sendAsTeams(
    harness,
    `<at>Orders Bot</at> watch order ${ORDER} for contoso`,
    { conversationType: 'channel', conversationId: THREAD, tenantId: 'tenant-1' },
    {
      extra: {
        entities: [
          {
            type: 'mention',
            text: '<at>Orders Bot</at>',
            mentioned: { id: '28:bot-app-id', name: 'Orders Bot' },
          },
        ],
      },
    },
  );
  const [watch] = await harness.app.state.watchStore.all();
  await harness.app.state.watchStore.remove(watch!.id);
  return watch!;
}

/** Expired copies of `template` in `thread` (each gets the short "watch expired" notice next round). */
async function expiredWatches(harness: Harness, template: Watch, thread: string, count: number) {
  const reference = template.conversation.reference as { conversation: Record<string, unknown> };
  for (let i = 0; i < count; i++) {
    const orderId = `${ORDER.slice(0, -4)}${String(i).padStart(4, '0')}`;
    await harness.app.state.watchStore.add(
      {
        ...template,
        id: watchId(thread, orderId),
        orderId,
        conversation: {
          ...template.conversation,
          conversationId: thread,
          reference: { ...reference, conversation: { ...reference.conversation, id: thread } },
        },
        expiresAt: Date.now() - 1,
      },
      1_000,
    );
  }
}

const noticesIn = (harness: Harness, thread: string) =>
  harness.connector
    .conversation(thread)
    .filter((r) => /expired/.test(cardText(r.activity.attachments?.[0]?.content)));

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

describe('watch notices paced per Teams thread', () => {
  it('delivers 25 notices into one channel thread with no 429', async () => {
    h = await startHarness();
    h.connector.answerLikeTeams();
    await expiredWatches(h, await askedWatch(h), THREAD, 25);
    const before = h.connector.attemptsOf(THREAD).length;
    // Whatever the pacer defers goes in a later round.
    for (let round = 0; round < 10 && noticesIn(h, THREAD).length < 25; round++)
      await h.app.poller.tick(true);
    expect(noticesIn(h, THREAD)).toHaveLength(25);
    expect(
      h.connector
        .attemptsOf(THREAD)
        .slice(before)
        .filter((a) => a.status === 429),
    ).toHaveLength(0);
  }, 60_000);

  it('sends a third conversation its notice while two others hang or are throttled', async () => {
    h = await startHarness();
    h.connector.answerLikeTeams();
    const template = await askedWatch(h);
    const hung = '19:hung@thread.tacv2;messageid=1700000000001';
    const throttled = '19:throttled@thread.tacv2;messageid=1700000000002';
    const third = '19:third@thread.tacv2;messageid=1700000000003';
    for (const thread of [hung, throttled, third]) await expiredWatches(h, template, thread, 1);
    h.connector.faults.push({ hang: true, conversationId: hung });
    h.connector.faults.push({ status: 429, retryAfterSeconds: 30, conversationId: throttled });

    const round = h.app.poller.tick(true);
    // The third conversation's notice arrives while the hung one's send is still waiting for an answer.
    expect(await waitFor(() => noticesIn(h!, third).length === 1, 2_500)).toBe(true);
    expect(h.connector.attemptsOf(hung)).toMatchObject([{ status: 0 }]);
    expect(h.connector.attemptsOf(hung)[0]!.abandoned).toBeUndefined();
    await round;

    // The next round sends to neither: the throttled one's notice waits for its Retry-After, the hung one's
    // conversation is left alone for a while.
    await h.app.poller.tick(true);
    expect(h.connector.attemptsOf(throttled)).toMatchObject([{ status: 429 }]);
    expect(h.connector.attemptsOf(hung)).toHaveLength(1);
    expect(noticesIn(h, third)).toHaveLength(1);
  });
});
