import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';

// The five Partner Center operations of ../shared/seeds, asked the way a person types them in the Emulator.
let e2e: Harness;
beforeAll(async () => {
  e2e = await startHarness();
});
afterAll(() => stopHarness(e2e));

async function ask(text: string, options = {}) {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, options);
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  for (const card of result.cards) expectValidCard(card);
  return { ...result, card: result.cards[0]!, text: cardText(result.cards[0]) };
}

describe('the five seed queries over the real botbuilder pipeline', () => {
  it('000: all orders of a customer', async () => {
    const { text } = await ask('orders for contoso');
    expect(text).toContain('Contoso');
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(text).toContain('Azure Active Directory Premium P2');
  });

  it('001: one order by id', async () => {
    const { text } = await ask('order YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1 for contoso');
    expect(text).toContain('YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1');
    expect(text).toContain('Reserved_VM_Instance_Standard_NC12_AU_East_1_Year');
  });

  it('002: orders by billing cycle', async () => {
    const { text } = await ask('orders for contoso onetime');
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(text).toContain('Reserved_VM_Instance_Standard_NC12_AU_East_3_Years');
    expect(text).not.toContain('Azure Active Directory Premium P2');
  });

  it('003: subscriptions of an order', async () => {
    const { text } = await ask('subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso');
    expect(text).toContain('Azure Active Directory Premium P2');
    expect(text).toContain('Myofferpurchase');
  });

  it('004: orders through an indirect reseller, with prices and system purchases', async () => {
    const [reseller] = await e2e.app.api.listIndirectResellers({ correlationId: 'test' });
    const { text } = await ask(
      `orders for contoso via ${reseller!.id} with prices including system purchases`,
    );
    expect(text).toContain(reseller!.name);
    expect(text).toMatch(/USD\s?\d/);
  });
});

describe('answers for everything else', () => {
  it('answers an unknown command with help and a suggestion', async () => {
    const { text } = await ask('ordrs for contoso');
    expect(text).toMatch(/orders for contoso/);
  });

  it('says so when a customer does not exist', async () => {
    const { text } = await ask('orders for zzyzx holdings');
    expect(text).toMatch(/zzyzx holdings/i);
  });

  it('says an order was not found, with the correlation id', async () => {
    const { text } = await ask('order Qq1-nOtReAl-00000000000000000000A for contoso');
    expect(text).toMatch(/15 minutes/);
    expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('turns a Partner Center failure into a friendly card with the correlation id', async () => {
    e2e.app.sandbox!.knobs.faults.push({ match: '/orders', status: 503 });
    try {
      const { text } = await ask('orders for fabrikam retail refresh');
      expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    } finally {
      e2e.app.sandbox!.knobs.reset();
    }
  });
});
