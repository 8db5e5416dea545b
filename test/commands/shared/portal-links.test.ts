// "Open in Partner Center" on the answer to a subscription the index knows but that names no order (the
// orders, order and subscriptions cards are checked end to end in test/e2e/private-prices.test.ts).
import { handleText } from '../../../src/commands/run-command';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import { portalLinks, type PortalLinks } from '../../../src/partnercenter/portal-links';
import { cardObjects } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { commandSuite } from '../../support/command-suite';

const suite = commandSuite('1d5a1011-0000-4000-8000-000000000020');
const CONTOSO = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
const SUBSCRIPTION = 'aa11bb22-cc33-4d44-8e55-ff6677889900';

async function answer(locale: string, portal: PortalLinks | undefined) {
  const store = new MemoryIndexStore(100);
  await store.upsert(
    [],
    [{ id: SUBSCRIPTION, cust: CONTOSO, name: 'Azure plan', status: 'active', qty: 1 }],
    1,
  );
  const outcome = await handleText(`subscription ${SUBSCRIPTION}`, {
    ...suite.env({ locale }),
    index: new PartnerIndex(store),
    portal,
  });
  expectValidCard(outcome.card);
  return cardObjects(outcome.card).filter((o) => o.type === 'Action.OpenUrl');
}

describe('a subscription that names no order', () => {
  it('opens the subscription in the portal of the cloud', async () => {
    expect(await answer('pt-BR', portalLinks('china'))).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Abrir no Partner Center',
        url: `https://partner.partnercenter.microsoftonline.cn/commerce/customers/${CONTOSO}/subscriptions/${SUBSCRIPTION}`,
      },
    ]);
  });

  it('has no such button without a portal', async () => {
    expect(await answer('en-US', undefined)).toEqual([]);
  });
});
