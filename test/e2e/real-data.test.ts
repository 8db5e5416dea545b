import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';

// Real Partner Center data (issue 10), through the running server like the Emulator: the sandbox's realData
// knob is on, ids are typed in another case or shortened as cards show them.
let e2e: Harness;
beforeAll(async () => {
  e2e = await startHarness();
  // Over the control endpoint, as a demo or another process would turn it on.
  const res = await fetch(`${e2e.app.sandbox!.url}/_sandbox/knobs`, {
    method: 'POST',
    body: JSON.stringify({ realData: true }),
  });
  expect(res.status).toBe(200);
});
afterAll(() => stopHarness(e2e));

async function ask(text: string, locale = 'en-US') {
  const result = await sendToBot(e2e.app.url, e2e.connector, text, { locale });
  expect(result.status).toBe(200);
  expect(result.cards).toHaveLength(1);
  for (const card of result.cards) expectValidCard(card);
  return cardText(result.cards[0]);
}

describe('real data over the botbuilder pipeline', () => {
  it('the orders summary joins subscriptions whose orderId is in upper case', async () => {
    const text = await ask('orders for contoso');
    expect(text).toContain('Azure Active Directory Premium P2');
    expect(text).toMatch(/eeba9d00…[\s\S]*2 subscriptions/);
  });

  it('an order id typed in upper case is found', async () => {
    const text = await ask('order EEBA9D00-7B46-443A-917E-22887A8FC993 for contoso');
    expect(text).toContain('Azure Active Directory Premium P2');
  });

  it('a shortened order id as the card shows it is found', async () => {
    const text = await ask('order 9qg-ErcO… for contoso');
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
  });

  it('two customers with the same name, one without a domain, get a choice', async () => {
    const text = await ask('orders for Greenhill Pharmacy');
    expect(text).toContain('greenhillpharmacy.onmicrosoft.com');
  });

  it('a locale Partner Center does not know still gets an answer', async () => {
    const text = await ask('orders for contoso', 'tlh-Piqd');
    expect(text).toContain('Contoso');
  });
});
