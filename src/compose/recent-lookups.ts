// What a person looked up lately (src/commands/recent-customers.ts), for the compose box's empty search: every
// turn that showed an order or a subscription notes it, the customer step notes customers. Shown with what the
// index and the directory hold of them now; an order the index does not hold is shown by its id alone.
import type { Command } from '../commands/command';
import type { CommandEnv, RecentCustomers, RecentLookup } from '../commands/deps';
import type { CommandOutcome } from '../commands/outcome';
import { idQuery } from '../index/records';
import { customerItem, orderItem, subscriptionItem, type ComposeItem, type ItemWords } from './items';
import { customerName, knownCustomer } from './names';

/** Notes the order or subscription a turn showed (`asked` as run; its customer as the outcome says). */
export function rememberLookup(
  recent: RecentCustomers | undefined,
  asked: Command | undefined,
  outcome: CommandOutcome,
): void {
  if (!recent || !asked || outcome.result !== 'ok' || !outcome.customerId) return;
  const customerId = outcome.customerId;
  if (asked.kind === 'order') recent.noteLookup({ kind: 'order', id: asked.orderId, customerId });
  else if (asked.kind === 'subscriptions')
    recent.noteLookup(
      asked.subscriptionId
        ? { kind: 'subscription', id: asked.subscriptionId, customerId }
        : { kind: 'order', id: asked.orderId, customerId },
    );
}

/** This person's recent lookups as results, newest first. */
export async function recentItems(env: CommandEnv, words: ItemWords): Promise<ComposeItem[]> {
  const lookups = env.recent?.lookups() ?? [];
  const items = await Promise.all(lookups.map((lookup) => itemOf(lookup, env, words)));
  // A shortened id and the whole one asked later are one record.
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}|${item.id.toLowerCase()}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

async function itemOf(lookup: RecentLookup, env: CommandEnv, words: ItemWords): Promise<ComposeItem> {
  const { id, customerId } = lookup;
  if (lookup.kind === 'customer') {
    const customer = knownCustomer(env, customerId) ?? {
      id: customerId,
      name: customerName(env, customerId),
    };
    return customerItem(words, customer);
  }
  const name = customerName(env, customerId);
  const theirs = <R extends { id: string; cust: string }>(found: R[]): R | undefined => {
    const own = found.filter((r) => r.cust.toLowerCase() === customerId.toLowerCase());
    // The id as asked may be shortened ("9qg-ErcO…"): its one record, or the one it names whole.
    return own.find((r) => idQuery(r.id) === idQuery(id)) ?? (own.length === 1 ? own[0] : undefined);
  };
  // An id asked after "order" or "subscription" may be the other's ("subscription db8c695b…" asks for the
  // subscriptions of an order by its id): both are looked for, the kind it was asked as first.
  const [orders, subscriptions] = await Promise.all([
    env.index?.findOrder(id).catch(() => []) ?? [],
    env.index?.findSubscription(id).catch(() => []) ?? [],
  ]);
  const order = theirs(orders);
  const subscription = theirs(subscriptions);
  if (order && (lookup.kind === 'order' || !subscription)) return orderItem(words, order, name);
  if (subscription) return subscriptionItem(words, subscription, name);
  return lookup.kind === 'order'
    ? orderItem(words, { id, cust: customerId }, name)
    : subscriptionItem(words, { id, cust: customerId }, name);
}
