import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { changeRequestCard, type Offer } from './card';
import type { ChangeRequestCommand } from './payload';

/**
 * "cancel order X", "price of order X": the bot reads Partner Center and changes nothing. A change gets that
 * answer; a price question gets where prices are shown. Both offer what was named: the order (its customer
 * from what was typed, else from the order index), the subscriptions of a subscription's order, or the
 * customer's orders. No Partner Center call: the buttons look things up when clicked.
 */
export async function changeRequestCommand(
  command: ChangeRequestCommand,
  env: CommandEnv,
): Promise<CommandOutcome> {
  const offer = await offerFor(command, env);
  return {
    command: 'change-request',
    result: command.asks === 'change' ? 'refused' : 'ok',
    card: changeRequestCard(
      { asks: command.asks, subscription: command.subscriptionId !== undefined, offer },
      { locale: env.ctx.locale },
    ),
  };
}

async function offerFor(command: ChangeRequestCommand, env: CommandEnv): Promise<Offer> {
  const { customer } = command;
  const withPrices = command.asks === 'price';
  const orders = customer
    ? {
        customer,
        data: runAction({
          kind: 'orders',
          customer,
          filters: withPrices ? { includePrices: true } : {},
        }),
      }
    : undefined;
  if (command.orderId) {
    const order = await orderOf(command.orderId, customer, env);
    return { order: { id: order.id, data: order.data } };
  }
  if (command.subscriptionId) {
    const found = await subscriptionOf(command.subscriptionId, env);
    if (found?.order) {
      // Its order shows what it cost; its order's subscriptions show it among them.
      const data = withPrices
        ? runAction({ kind: 'order', customer: found.customer, orderId: found.order })
        : runAction({ kind: 'subscriptions', customer: found.customer, orderId: found.order });
      return withPrices
        ? { order: { id: found.order, data } }
        : { subscriptions: { orderId: found.order, data } };
    }
  }
  return orders ? { orders } : {};
}

/**
 * The button that shows an order: for the customer typed, else for the one the order index holds it under,
 * else the order by its id alone (which looks for its customer in the index again when clicked).
 */
async function orderOf(
  orderId: string,
  customer: string | undefined,
  env: CommandEnv,
): Promise<{ id: string; data: ReturnType<typeof runAction> }> {
  if (customer) return { id: orderId, data: runAction({ kind: 'order', customer, orderId }) };
  const indexed = await lookUp(() => env.index?.findOrder(orderId));
  if (indexed?.length === 1) {
    const [order] = indexed;
    return { id: order!.id, data: runAction({ kind: 'order', customer: order!.cust, orderId: order!.id }) };
  }
  return { id: orderId, data: runAction({ kind: 'order', orderId }) };
}

async function subscriptionOf(
  subscriptionId: string,
  env: CommandEnv,
): Promise<{ customer: string; order?: string } | undefined> {
  const found = await lookUp(() => env.index?.findSubscription(subscriptionId));
  return found?.length === 1 ? { customer: found[0]!.cust, order: found[0]!.order } : undefined;
}

/** The index is a help, not a need: when it cannot answer (Redis away), the answer goes without it. */
async function lookUp<T>(query: () => Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await query();
  } catch {
    return undefined;
  }
}
