import { emulatorActivity } from '../support/emulator';
import { messages, postRaw, sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';

// Teams re-sends an activity it has not seen answered after about 15 s. The repeat gets 200 and no reply.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => {
  harness.app.sandbox!.knobs.reset();
  harness.app.cache.clear();
  harness.logs.clear();
});

const post = (activity: Record<string, unknown>) =>
  postRaw(harness.app.url, JSON.stringify(activity)).then((r) => r.status);
const conversationOf = (activity: Record<string, unknown>) => (activity.conversation as { id: string }).id;
const answers = (conversationId: string) =>
  harness.connector.conversation(conversationId).filter((r) => r.activity.type === 'message');

describe('a repeated activity', () => {
  it('is answered once: the repeat gets 200 and no reply', async () => {
    const activity = emulatorActivity(harness.connector.url, 'help');
    expect(await post(activity)).toBe(200);
    expect(await post(activity)).toBe(200);
    expect(answers(conversationOf(activity))).toHaveLength(1);
    expect(harness.logs.audits()).toHaveLength(1);
    expect(harness.logs.records().filter((r) => r.msg === 'repeated activity ignored')).toHaveLength(1);
  });

  it('is answered once when the repeat arrives while the first is still running', async () => {
    harness.app.sandbox!.knobs.latencyMs = 300;
    const activity = emulatorActivity(harness.connector.url, 'orders for contoso');
    const statuses = await Promise.all([post(activity), post(activity), post(activity)]);
    expect(statuses).toEqual([200, 200, 200]);
    expect(answers(conversationOf(activity))).toHaveLength(1);
  });

  it('is keyed by channel and conversation: the same id elsewhere is a new activity', async () => {
    const activity = emulatorActivity(harness.connector.url, 'help');
    const elsewhere = { ...activity, conversation: { id: `${conversationOf(activity)}-other` } };
    const onAnotherChannel = { ...activity, channelId: 'webchat' };
    expect(await post(activity)).toBe(200);
    expect(await post(elsewhere)).toBe(200);
    expect(await post(onAnotherChannel)).toBe(200);
    expect(answers(conversationOf(activity))).toHaveLength(2);
    expect(answers(conversationOf(elsewhere))).toHaveLength(1);
  });

  it('from Teams is answered once', async () => {
    const id = 'f:teams-activity-1';
    const asker = { tenantId: '00000000-0000-4000-8000-00000000abcd', conversationId: 'a:dedupe-teams' };
    const first = await sendAsTeams(harness, 'help', asker, { extra: { id } });
    const retry = await sendAsTeams(harness, 'help', asker, { extra: { id } });
    expect(first.status).toBe(200);
    expect(messages(first)).toHaveLength(1);
    expect(retry.status).toBe(200);
    expect(retry.replies).toEqual([]);
  });
});
