import { startApp } from '../../src/app';
import { errorCard, type AdaptiveCard } from '../../src/cards';
import { helpCard } from '../../src/commands';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import { withSandboxNotice } from '../../src/cards/sandbox-notice';
import { en } from '../../src/cards/strings/en';
import { it as italian } from '../../src/cards/strings/it';
import { ptBR } from '../../src/cards/strings/pt-BR';
import { zhCN } from '../../src/cards/strings/zh-CN';
import { readConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { TestConnector } from '../support/connector';
import { cardText } from '../support/emulator';
import { LogCapture, sendAsTeams, stopHarness, type Harness } from '../support/harness';
import { contoso, licenseOrder } from './card-fixtures';
import { expectValidCard } from './validate-card';

const APP_ID = '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10';
const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const OTHER_TENANT = 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b';
const USER = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const action = (text: string) => ({ text });

/** One card of each kind, as the commands layer builds them. */
function sampleCards(locale: string): AdaptiveCard[] {
  return [
    helpCard({ action }, { locale }),
    errorCard({ kind: 'timeout', correlationId: 'c0ffee00-0000-4000-8000-000000000001' }, { locale }),
    ordersSummaryCard(
      {
        customer: contoso,
        orders: [licenseOrder],
        filters: {},
        offset: 0,
        actions: {
          details: (id) => ({ id }),
          subscriptions: (id) => ({ id }),
          more: (offset) => ({ offset }),
          refresh: () => ({ refresh: true }),
        },
      },
      { locale },
    ),
  ];
}

describe('withSandboxNotice', () => {
  it.each([
    ['en-US', en.sandboxNotice],
    ['pt-BR', ptBR.sandboxNotice],
    ['zh-CN', zhCN.sandboxNotice],
    ['it-IT', italian.sandboxNotice],
  ])('puts a small subtle line first, in %s, and keeps the card a valid 1.5 card', (locale, text) => {
    for (const card of sampleCards(locale)) {
      const before = JSON.stringify(card);
      const labelled = withSandboxNotice(card, locale);
      expectValidCard(labelled);
      const body = labelled.body as Record<string, unknown>[];
      expect(body[0]).toMatchObject({ type: 'TextBlock', text, size: 'Small', isSubtle: true, wrap: true });
      expect(body.slice(1)).toEqual(card.body);
      expect(JSON.stringify(card)).toBe(before); // the original is not changed
    }
  });

  it('says "Sandbox data" in English', () => {
    expect(en.sandboxNotice).toMatch(/^Sandbox data\b/);
  });
});

/**
 * The real app configured as readConfig reads a registered bot with PARTNER_CENTER_SANDBOX=true (or Emulator
 * mode), with inbound auth then left out so the test can post without a Bot Connector token.
 */
async function startWith(env: Record<string, string>): Promise<Harness> {
  const config: Config = readConfig({
    PORT: '0',
    SANDBOX_PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const logs = new LogCapture();
  const app = await startApp(
    { ...config, bot: { appId: '', appPassword: '', appType: 'SingleTenant', appTenantId: '' } },
    createLogger('info', logs),
  );
  const connector = await new TestConnector().start();
  return { app, connector, logs };
}

/** Help, orders, an error (unknown customer) and a refusal (another tenant): the card of each turn. */
async function everyKindOfCard(h: Harness, locale = 'en-US'): Promise<Record<string, unknown>[]> {
  const asker = { tenantId: TENANT, aadObjectId: USER };
  const cards: Record<string, unknown>[] = [];
  for (const text of ['help', 'orders for contoso', 'orders for no-such-customer-xyz']) {
    const turn = await sendAsTeams(h, text, asker, { extra: { locale } });
    expect(turn.cards).toHaveLength(1);
    cards.push(turn.cards[0]!);
  }
  const refused = await sendAsTeams(h, 'help', { ...asker, tenantId: OTHER_TENANT }, { extra: { locale } });
  cards.push(...refused.cards);
  expect(cardText(cards[1])).toMatch(/Contoso/);
  expect(cardText(cards[2])).toMatch(/Customer not found|Cliente não encontrado/);
  expect(cardText(cards[3])).toMatch(/do not have access|não tem acesso/i);
  return cards;
}

describe('the bot labels every card when the sandbox serves real users', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await stopHarness(h);
    h = undefined;
  });

  it('a registered bot with PARTNER_CENTER_SANDBOX=true: every card starts with "Sandbox data"', async () => {
    h = await startWith({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'app-password',
      MicrosoftAppTenantId: TENANT,
      PARTNER_CENTER_SANDBOX: 'true',
    });
    const cards = await everyKindOfCard(h);
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect((card.body as Record<string, unknown>[])[0]).toMatchObject({ text: en.sandboxNotice });
      expectValidCard(card);
    }
    const [help] = await everyKindOfCard(h, 'pt-BR');
    expect((help!.body as Record<string, unknown>[])[0]).toMatchObject({ text: ptBR.sandboxNotice });
  });

  it('Emulator mode (the sandbox by default): no card carries it', async () => {
    h = await startWith({ ALLOWED_TENANT_IDS: TENANT });
    const cards = await everyKindOfCard(h);
    expect(cards).toHaveLength(4);
    for (const card of cards) expect(JSON.stringify(card)).not.toContain(en.sandboxNotice);
  });
});
