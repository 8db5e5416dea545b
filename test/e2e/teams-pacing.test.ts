// What the bot sends into a Teams thread stays within Teams' per-thread limits, against a connector that
// answers 429 with Retry-After beyond them as Teams does: a burst of replies from many turns into one channel
// thread, and no typing indicators in channels (Teams does not show them there) while 1:1 chats keep them.

import { sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';

const THREAD = '19:abc@thread.tacv2;messageid=1700000000000';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const asked = (text: string, conversationType: 'channel' | 'personal', conversationId: string) =>
  sendAsTeams(
    h!,
    text,
    { conversationType, conversationId, tenantId: 'tenant-1' },
    {
      extra: {
        entities: [
          {
            type: 'mention',
            text: '<at>Orders Bot</at>',
            mentioned: { id: '28:bot-app-id', name: 'Orders Bot' },
          },
          { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' },
        ],
      },
    },
  );

describe('pacing what the bot sends into a Teams thread', () => {
  it('keeps a burst of replies from 20 turns into one channel thread within the limits: no 429', async () => {
    h = await startHarness();
    h.connector.answerLikeTeams();
    const turns = await Promise.all(
      Array.from({ length: 20 }, () => asked('<at>Orders Bot</at> help', 'channel', THREAD)),
    );
    expect(turns.every((t) => t.status === 200)).toBe(true);
    expect(h.connector.attemptsOf(THREAD).filter((a) => a.status === 429)).toHaveLength(0);
    expect(h.connector.conversation(THREAD).filter((r) => r.activity.type === 'message')).toHaveLength(20);
  });

  it('sends no typing indicator into a channel, and still does in a 1:1 chat', async () => {
    h = await startHarness();
    h.app.sandbox!.knobs.latencyMs = 800; // slow enough for typing to start
    await asked('<at>Orders Bot</at> orders for contoso', 'channel', THREAD);
    const typingIn = (id: string) =>
      h!.connector.conversation(id).filter((r) => r.activity.type === 'typing');
    expect(typingIn(THREAD)).toHaveLength(0);
    expect(h.connector.conversation(THREAD).some((r) => r.activity.type === 'message')).toBe(true);

    h.app.cache.clear();
    await asked('orders for contoso', 'personal', 'a:personal-chat');
    expect(typingIn('a:personal-chat').length).toBeGreaterThan(0);
  });
});
