// Universal Actions: on msteams the order card carries a refresh (Action.Execute) and a Teams-shaped
// `adaptiveCard/action` invoke gets the current card in the HTTP response; the Emulator keeps Action.Submit cards.

import { cardText, emulatorActivity } from '../support/emulator';
import { postRaw, sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';
import { sendToBot } from '../support/emulator';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('Universal Actions', () => {
  it('gives the msteams order card a refresh for the asker, and not the Emulator one', async () => {
    h = await startHarness();
    const teams = await sendAsTeams(h, `order ${ORDER} for contoso`, { userId: '29:asker', tenantId: 't1' });
    const refresh = teams.cards.at(-1)?.refresh as { action: Record<string, unknown>; userIds: string[] };
    expect(refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'pcbot.refresh' });
    expect(refresh.userIds).toEqual(['29:asker']);
    const emulator = await sendToBot(h.app.url, h.connector, `order ${ORDER} for contoso`);
    expect(emulator.cards.at(-1)?.refresh).toBeUndefined();
  });

  it('answers a Teams adaptiveCard/action invoke with the refreshed card in the response body', async () => {
    h = await startHarness();
    const teams = await sendAsTeams(h, `order ${ORDER} for contoso`, { userId: '29:asker', tenantId: 't1' });
    const refresh = teams.cards.at(-1)?.refresh as { action: { data: unknown } };
    await fetch(`${h.app.sandbox!.url}/_sandbox/orders/${ORDER}/complete`, { method: 'POST' });
    const invoke = {
      ...emulatorActivity(h.connector.url, undefined, { channelId: 'msteams' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      from: { id: '29:asker', name: 'Dana Seller' },
      conversation: { id: 'a:conv-ua', conversationType: 'personal', tenantId: 't1' },
      value: {
        action: { type: 'Action.Execute', verb: 'pcbot.refresh', data: refresh.action.data },
        trigger: 'automatic',
      },
    };
    const response = await postRaw(h.app.url, JSON.stringify(invoke));
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as {
      statusCode: number;
      type: string;
      value: Record<string, unknown>;
    };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toContain(ORDER);
    expect(body.value.refresh).toBeDefined();
    // Nothing was posted to the conversation: the card is the invoke's answer.
    expect(h.connector.conversation('a:conv-ua').filter((r) => r.activity.type === 'message')).toHaveLength(
      0,
    );
  });
});
