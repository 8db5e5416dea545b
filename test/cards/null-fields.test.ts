// Partner Center writes an absent optional field as null as often as it leaves it out. The client's types say
// so (models.ts is inferred from the schemas), and a card shows a null field as missing, like an absent one.

import { subscriptionsCard } from '../../src/commands/subscriptions/card';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';
import { actions, cardText, contoso } from './card-fixtures';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
});
afterAll(() => pc.sandbox.close());

it('shows a null auto-renew flag as missing, not as "No"', async () => {
  const nulls = { quantity: null, unitType: null, autoRenewEnabled: null, billingType: null, status: null };
  pc.sandbox.knobs.faults.push({
    match: '/subscriptions',
    status: 200,
    body: { totalCount: 1, items: [{ id: 'sub-1', friendlyName: 'Office 365 E3', ...nulls }] },
    times: 1,
  });
  const subscriptions = await pc.client.listSubscriptions(CONTOSO_TENANT_ID, turn());
  const card = subscriptionsCard(
    { customer: contoso, orderId: 'o-1', subscriptions, actions },
    { locale: 'en-US' },
  );
  expect(cardText(card)).toContain('Auto-renew\n—');
  expect(cardText(card)).not.toContain('Auto-renew\nNo');
});
