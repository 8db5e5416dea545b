import { cardText } from '../support/emulator';
import { expectValidCard } from '../cards/validate-card';
import {
  messages,
  sendAsTeams,
  startHarness,
  stopHarness,
  type Harness,
  type TeamsAsker,
} from '../support/harness';

// Who may ask, through the real pipeline in Emulator mode (no app id), with activities shaped as Teams sends them.

const ALLOWED_TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const SECOND_TENANT = '4d5e6f70-8192-4a3b-9c4d-5e6f708192a3';
const FOREIGN_TENANT = 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b';
const ALLOWED_USER = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER_USER = '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b';

/** Asks "orders for contoso" and returns the single card, checking whether Partner Center was asked. */
async function ask(h: Harness, asker: TeamsAsker, text = 'orders for contoso') {
  h.app.sandbox!.clearRequests();
  h.app.cache.clear();
  const turn = await sendAsTeams(h, text, asker);
  expect(turn.status).toBe(200);
  expect(messages(turn)).toHaveLength(1);
  expect(turn.cards).toHaveLength(1);
  expectValidCard(turn.cards[0]);
  return { text: cardText(turn.cards[0]), sandboxRequests: [...h.app.sandbox!.requests] };
}

function expectRefused(answer: { text: string; sandboxRequests: unknown[] }): void {
  expect(answer.text).toMatch(/You do not have access/);
  expect(answer.text).not.toMatch(/Contoso|Reserved_VM_Instance/);
  expect(answer.sandboxRequests).toEqual([]);
}

describe('ALLOWED_TENANT_IDS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_TENANT_IDS: `${ALLOWED_TENANT},${SECOND_TENANT}` });
  });
  afterAll(() => stopHarness(h));

  it.each(['personal', 'channel'] as const)(
    'answers an allowed tenant in a %s conversation',
    async (conversationType) => {
      const answer = await ask(h, { tenantId: ALLOWED_TENANT, aadObjectId: OTHER_USER, conversationType });
      expect(answer.text).toContain('Contoso');
      expect(answer.sandboxRequests.length).toBeGreaterThan(0);
    },
  );

  it('answers every listed tenant, whatever the case of the id', async () => {
    expect((await ask(h, { tenantId: SECOND_TENANT.toUpperCase(), aadObjectId: OTHER_USER })).text).toContain(
      'Contoso',
    );
  });

  it.each(['personal', 'channel'] as const)(
    'refuses a foreign tenant politely in a %s conversation, without asking Partner Center',
    async (conversationType) => {
      expectRefused(await ask(h, { tenantId: FOREIGN_TENANT, aadObjectId: ALLOWED_USER, conversationType }));
    },
  );

  it('refuses help and card clicks from a foreign tenant too (nothing runs)', async () => {
    expectRefused(await ask(h, { tenantId: FOREIGN_TENANT }, 'help'));
  });

  it('refuses an activity that names no tenant (an Emulator-shaped message)', async () => {
    expectRefused(await ask(h, { aadObjectId: ALLOWED_USER }));
  });

  it('reads the tenant Teams puts in channelData first', async () => {
    // channelData.tenant is what Teams fills in; a conversation.tenantId claiming another tenant does not win.
    h.app.sandbox!.clearRequests();
    const turn = await sendAsTeams(
      h,
      'orders for contoso',
      { tenantId: FOREIGN_TENANT, aadObjectId: ALLOWED_USER, conversationId: 'a:spoof' },
      {
        extra: { conversation: { id: 'a:spoof', conversationType: 'personal', tenantId: ALLOWED_TENANT } },
      },
    );
    expect(cardText(turn.cards[0])).toMatch(/You do not have access/);
    expect(h.app.sandbox!.requests).toEqual([]);
  });

  it('counts refusals by reason in /metrics', async () => {
    const metrics = await (await fetch(`${h.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^pcbot_refused_total\{reason="tenant"\} [1-9]\d*$/m);
  });
});

describe('ALLOWED_USER_IDS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_TENANT_IDS: ALLOWED_TENANT, ALLOWED_USER_IDS: ALLOWED_USER });
  });
  afterAll(() => stopHarness(h));

  it('answers an allowed user in an allowed tenant', async () => {
    const answer = await ask(h, { tenantId: ALLOWED_TENANT, aadObjectId: ALLOWED_USER });
    expect(answer.text).toContain('Contoso');
  });

  it('refuses another user of the allowed tenant', async () => {
    expectRefused(await ask(h, { tenantId: ALLOWED_TENANT, aadObjectId: OTHER_USER }));
  });

  it('refuses a user without an AAD object id', async () => {
    expectRefused(await ask(h, { tenantId: ALLOWED_TENANT }));
  });

  it('refuses the allowed user when the message comes from a foreign tenant', async () => {
    expectRefused(await ask(h, { tenantId: FOREIGN_TENANT, aadObjectId: ALLOWED_USER }));
  });

  it('does not take the Teams user id (29:…) for the AAD object id', async () => {
    expectRefused(await ask(h, { tenantId: ALLOWED_TENANT, userId: ALLOWED_USER }));
  });

  it('counts user refusals in /metrics', async () => {
    const metrics = await (await fetch(`${h.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^pcbot_refused_total\{reason="user"\} [1-9]\d*$/m);
  });
});
