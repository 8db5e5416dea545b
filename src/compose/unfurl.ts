// A Partner Center link pasted in Teams, unfurled into a compact card: the customer, order or subscription it
// points at, from the directory and the partner-wide index, else from Partner Center (through the cache, within
// the turn's limit and deadline: the link names the customer, so it is one call). Anything that does not
// resolve to exactly that record of exactly that customer (another partner's customer, a wrong or unknown id,
// an order of another customer, Partner Center failing) unfurls to nothing: never an error card.
import type { CommandEnv } from '../commands/deps';
import { customerRef } from '../commands/shared/customer-step';
import { lookupOnly } from '../commands/resolve-customer';
import {
  indexedOrder,
  indexedSubscription,
  type IndexedOrder,
  type IndexedSubscription,
} from '../index/records';
import { shortId } from '../cards/text';
import type { CustomerRef } from '../cards/types';
import { customerItem, itemWords, orderItem, subscriptionItem, type ComposeItem } from './items';
import { knownCustomer } from './names';
import { parsePortalLink, type PortalLink } from './portal-link-parse';

export async function unfurlLink(url: string, env: CommandEnv): Promise<ComposeItem | undefined> {
  const link = parsePortalLink(url);
  if (!link) return undefined;
  try {
    return await unfurl(link, env);
  } catch {
    // Not found, not ours, not allowed, too slow, the person's limit: nothing to show.
    return undefined;
  }
}

async function unfurl(link: PortalLink, env: CommandEnv): Promise<ComposeItem | undefined> {
  const words = itemWords(env.ctx.locale);
  const customerId = link.customerId.toLowerCase();
  if (link.kind === 'customer') return customerItem(words, await customerOf(customerId, env));
  if (link.kind === 'order') {
    const order = await orderOf(customerId, link.orderId, env);
    return order && orderItem(words, order, (await customerOf(customerId, env)).name);
  }
  const subscription = await subscriptionOf(customerId, link.subscriptionId, env);
  return subscription && subscriptionItem(words, subscription, (await customerOf(customerId, env)).name);
}

/** The customer, held or asked of Partner Center (a tenant that is not the partner's customer throws). */
async function customerOf(customerId: string, env: CommandEnv): Promise<CustomerRef> {
  const known = knownCustomer(env, customerId);
  if (known) return known;
  const customer = customerRef(await env.api.getCustomer(customerId, lookupOnly(env.ctx)));
  return { ...customer, name: customer.name || shortId(customer.id) };
}

/** The order of that customer with exactly this id. */
async function orderOf(
  customerId: string,
  orderId: string,
  env: CommandEnv,
): Promise<IndexedOrder | undefined> {
  const wanted = orderId.toLowerCase();
  const held = (await env.index?.findOrder(orderId).catch(() => []))?.find(
    (o) => o.id.toLowerCase() === wanted,
  );
  // The index knows whose it is: another customer's order under this customer's link is nothing.
  if (held) return held.cust === customerId ? held : undefined;
  const order = await env.api.getOrder(customerId, orderId, env.ctx);
  return order.id.toLowerCase() === wanted ? indexedOrder(order, customerId, Date.now()) : undefined;
}

async function subscriptionOf(
  customerId: string,
  subscriptionId: string,
  env: CommandEnv,
): Promise<IndexedSubscription | undefined> {
  const wanted = subscriptionId.toLowerCase();
  const held = (await env.index?.findSubscription(subscriptionId).catch(() => []))?.find(
    (s) => s.id.toLowerCase() === wanted,
  );
  if (held) return held.cust === customerId ? held : undefined;
  const all = await env.api.listSubscriptions(customerId, env.ctx);
  const found = all.find((s) => s.id.toLowerCase() === wanted);
  return found && indexedSubscription(found, customerId);
}
