// Issue 10: a pending order says why (its provisioning status). In real Partner Center that call needs
// App+User auth: with app-only credentials (401/403, code 900329) the card says so instead of failing.
import { CONTOSO_ORDER_IDS } from '../../dev/sandbox/fixtures/ids';
import type { FaultRule } from '../../dev/sandbox/knobs';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';

// A fresh app per case: a cached status would otherwise be served (stale-if-error) in place of the fault.
async function detail(orderId: string, fault?: FaultRule): Promise<string> {
  const e2e: Harness = await startHarness();
  try {
    if (fault) e2e.app.sandbox!.knobs.faults.push(fault);
    const result = await sendToBot(e2e.app.url, e2e.connector, `order ${orderId} for contoso`);
    expect(result.cards).toHaveLength(1);
    expectValidCard(result.cards[0]!);
    return cardText(result.cards[0]);
  } finally {
    await stopHarness(e2e);
  }
}

describe('provisioning status of a pending order', () => {
  it('shows each line item’s provisioning status', async () => {
    expect(await detail(CONTOSO_ORDER_IDS.riD1Pending)).toContain('Provisioning\nPending');
  });

  it('is not asked for a completed order', async () => {
    expect(await detail(CONTOSO_ORDER_IDS.aadP2Monthly)).not.toContain('Provisioning');
  });

  it.each([
    { status: 403, code: 900329 },
    { status: 401, code: 900329 },
    { status: 400, code: '900329' },
  ])('says App+User auth is needed on $status (code $code), and still shows the order', async (fault) => {
    const text = await detail(CONTOSO_ORDER_IDS.riD1Pending, { match: '/provisioningstatus', ...fault });
    expect(text).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
    expect(text).toContain('(App+User)');
  });

  it('notes an unreadable status without failing the card', async () => {
    const text = await detail(CONTOSO_ORDER_IDS.riD1Pending, { match: '/provisioningstatus', status: 404 });
    expect(text).toContain('could not be read from Partner Center');
  });
});
