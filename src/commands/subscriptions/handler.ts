import { runAction } from '../actions';
import { customerRef } from '../shared/customer-step';
import { oneOrderCommand } from '../shared/id-lookup/one-order';
import { orderIdOrReply } from '../shared/order-id-step';
import { sameId } from '../../partnercenter/ids';
import type { Customer } from '../../partnercenter/models';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { MAX_SUBSCRIPTIONS, subscriptionsCard } from './card';
import type { SubscriptionsCommand } from './payload';

/**
 * "subscriptions for order <id> for <customer>" (seed 003). With no customer, the id's customer comes from the
 * partner-wide index; the id of a subscription ("subscription db8c695b…") shows it among its order's.
 */
export const subscriptionsCommand = oneOrderCommand<SubscriptionsCommand>({
  at: (orderId, customer) => ({ kind: 'subscriptions', customer, orderId }),
  run: subscriptionsOf,
  // Asked by a subscription's id already: a 404 is the order's, not another subscription's.
  namesSubscription: (command) => command.subscriptionId !== undefined,
});

async function subscriptionsOf(
  command: SubscriptionsCommand,
  customer: Customer,
  env: CommandEnv,
): Promise<CommandOutcome> {
  const id = await orderIdOrReply(command.orderId, customer.id, env, 'subscriptions');
  if ('reply' in id) return id.reply;
  // Partner Center answers an unknown order id with an empty list; ask for the order too, so a typo
  // gets "order not found" rather than "no subscriptions".
  const [, listed] = await Promise.all([
    env.api.getOrder(customer.id, id.orderId, env.ctx),
    env.api.listSubscriptions(customer.id, env.ctx, id.orderId),
  ]);
  // The one asked about by its id comes first, so it is shown however many the order created (a copy: the
  // list may be the cache's).
  const asked = command.subscriptionId;
  const subscriptions = asked
    ? [...listed].sort((a, b) => Number(sameId(b.id, asked)) - Number(sameId(a.id, asked)))
    : listed;
  return {
    command: 'subscriptions',
    result: 'ok',
    customerId: customer.id,
    resultCount: subscriptions.length,
    card: fitCard(
      (maxRows) =>
        subscriptionsCard(
          {
            customer: customerRef(customer),
            orderId: id.orderId,
            subscriptions,
            actions: {
              details: (orderId) =>
                runAction({ kind: 'order', customer: customer.id, orderId, back: command.back }),
              refresh: () => runAction({ ...command, customer: customer.id, refresh: true }),
            },
            staleAgeMs: env.ctx.freshness?.staleAgeMs,
            fetchedAt: env.ctx.freshness?.fetchedAt,
            maxRows,
            portalUrl: env.portal && ((id) => env.portal?.subscription(customer.id, id)),
          },
          { locale: env.ctx.locale },
        ),
      MAX_SUBSCRIPTIONS,
      () => tooLargeAnswer('subscriptions', env.ctx.locale),
    ),
  };
}
