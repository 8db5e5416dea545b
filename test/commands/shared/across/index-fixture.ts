// A partner-wide index in memory, filled with records built the way the crawler builds them (records.ts), and a
// customer directory that knows some of the customers' names: what the commands across customers read.
import type { CommandEnv, CustomerLookup } from '../../../../src/commands/deps';
import { CustomerIndex } from '../../../../src/directory/match';
import { MemoryIndexStore } from '../../../../src/index/memory-store';
import { PartnerIndex } from '../../../../src/index/partner-index';
import { indexedOrder, indexedSubscription } from '../../../../src/index/records';
import type { Customer, Order, Subscription } from '../../../../src/partnercenter/models';

export const CONTOSO = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
export const FABRIKAM = 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b';
/** Not in the directory: shown by its tenant id. */
export const NORTHWIND = '6a8c1e3f-9d2b-4c7e-8f1a-3b5d7e9c2a4f';

export const NOW = Date.parse('2026-01-15T12:00:00Z');
const DAY = 86_400_000;

const customer = (id: string, companyName: string, domain: string): Customer => ({
  id,
  companyProfile: { companyName, domain },
});

/** The directory as the bot keeps it, loaded with Contoso and Fabrikam (not Northwind). */
export const directory: CustomerLookup = (() => {
  const index = new CustomerIndex([
    customer(CONTOSO, 'Contoso Ltd', 'contoso.onmicrosoft.com'),
    customer(FABRIKAM, 'Fabrikam Inc', 'fabrikam.onmicrosoft.com'),
  ]);
  return { resolve: (typed) => index.match(typed), refresh: () => Promise.resolve({ count: index.size }) };
})();

/** An order as Partner Center lists it, created `daysAgo` days before NOW. */
export function order(id: string, status: string, daysAgo: number, lines = 1): Order {
  return {
    id,
    billingCycle: 'monthly',
    creationDate: new Date(NOW - daysAgo * DAY).toISOString(),
    status,
    lineItems: Array.from({ length: lines }, (_, i) => ({
      lineItemNumber: i,
      offerId: `CFQ7TTC0LH18:000${i}`,
      friendlyName: `Microsoft 365 E5 #${i}`,
      quantity: 10 + i,
    })),
  };
}

export function subscription(id: string, name: string, status = 'active', orderId?: string): Subscription {
  return {
    id,
    offerId: 'CFQ7TTC0LH18:0001',
    offerName: name,
    friendlyName: name,
    quantity: 25,
    status,
    billingCycle: 'monthly',
    orderId,
    commitmentEndDate: '2027-01-15T00:00:00Z',
  } as Subscription;
}

export interface Filled {
  index: PartnerIndex;
  store: MemoryIndexStore;
}

/** A memory index with each customer read whole at `at` (as the crawler would), and the partner's total. */
export async function filledIndex(
  customers: { id: string; orders?: Order[]; subscriptions?: Subscription[]; at?: number }[],
  progress?: { totalCustomers: number; firstPassDoneAt?: number },
): Promise<Filled> {
  const store = new MemoryIndexStore(10_000, () => NOW);
  for (const c of customers) {
    const at = c.at ?? NOW - 60_000;
    await store.putCustomer({
      customerId: c.id,
      orders: (c.orders ?? []).map((o) => indexedOrder(o, c.id, at)),
      subscriptions: (c.subscriptions ?? []).map((s) => indexedSubscription(s, c.id)),
      at,
    });
  }
  if (progress) await store.setProgress(progress);
  return { index: new PartnerIndex(store), store };
}

/** What a command across customers gets: the suite's (sandbox) env with the directory and this index. */
export function acrossEnv(base: CommandEnv, index: PartnerIndex | undefined): CommandEnv {
  return { ...base, directory, index };
}
