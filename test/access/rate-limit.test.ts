import { cardText, sendToBot } from '../support/emulator';
import { sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';
import { UserRateLimit } from '../../src/access/rate-limit';

describe('UserRateLimit', () => {
  it('allows N commands per user per minute, then says how long to wait', async () => {
    const limit = new UserRateLimit(3);
    for (let i = 0; i < 3; i++) expect(await limit.consume('user-a')).toEqual({ allowed: true });
    const refused = await limit.consume('user-a');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect((await limit.consume('user-a')).allowed).toBe(false);
  });

  it('counts each user separately', async () => {
    const limit = new UserRateLimit(1);
    expect((await limit.consume('user-a')).allowed).toBe(true);
    expect((await limit.consume('user-a')).allowed).toBe(false);
    expect((await limit.consume('user-b')).allowed).toBe(true);
  });

  it('handles concurrent commands without letting more through', async () => {
    const limit = new UserRateLimit(5);
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limit.consume('burst')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });
});

describe('RATE_LIMIT_PER_MINUTE through the real pipeline', () => {
  const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
  const BUSY = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const CALM = '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b';
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => stopHarness(h));

  async function ask(aadObjectId: string, text = 'orders for contoso') {
    h.app.sandbox!.clearRequests();
    h.app.cache.clear();
    const turn = await sendAsTeams(h, text, { tenantId: TENANT, aadObjectId });
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(1);
    return { text: cardText(turn.cards[0]), asked: h.app.sandbox!.requests.length > 0 };
  }

  it('gives the 4th command in a minute the friendly rate-limit card, without asking Partner Center', async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await ask(BUSY);
      expect(answer.text).toContain('Contoso');
      expect(answer.asked).toBe(true);
    }
    const fourth = await ask(BUSY);
    expect(fourth.text).toMatch(/Please slow down/);
    expect(fourth.text).not.toContain('Contoso');
    expect(fourth.asked).toBe(false);
    // Only turns that need Partner Center count: help is answered, and answered from no store at all.
    expect((await ask(BUSY, 'help')).text).not.toMatch(/Please slow down/);
  });

  it('does not count answers served wholly from cache', async () => {
    const CACHED = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
    await ask(CACHED); // cold: counts
    for (let i = 0; i < 5; i++) {
      const turn = await sendAsTeams(h, 'orders for contoso', { tenantId: TENANT, aadObjectId: CACHED });
      expect(cardText(turn.cards[0])).toContain('Contoso');
    }
  });

  it('leaves another user of the same tenant alone', async () => {
    const answer = await ask(CALM);
    expect(answer.text).toContain('Contoso');
    expect(answer.asked).toBe(true);
  });

  it('limits an Emulator user (no AAD object id) by their channel user id', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) {
      h.app.cache.clear();
      results.push(await sendToBot(h.app.url, h.connector, 'orders for contoso'));
    }
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(cardText(results[3]!.cards[0])).toMatch(/Please slow down/);
  });

  it('audits and counts rate-limited commands', async () => {
    expect(h.logs.audits().filter((a) => a.result === 'rateLimited').length).toBeGreaterThanOrEqual(2);
    const metrics = await (await fetch(`${h.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^pcbot_refused_total\{reason="rate"\} [2-9]$/m);
  });
});
