import { runAction } from '../actions';
import { customerOrReply, customerRef } from '../shared/customer-step';
import { orderIdOrReply } from '../shared/order-id-step';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { MAX_SUBSCRIPTIONS, subscriptionsCard } from './card';
import type { SubscriptionsCommand } from './payload';

/** "subscriptions for order <id> for <customer>" (seed 003). */
export async function subscriptionsCommand(
  command: SubscriptionsCommand,
  env: CommandEnv,
): Promise<CommandOutcome> {
  const found = await customerOrReply(command, env);
  if ('reply' in found) return found.reply;
  const { customer } = found;
  const id = await orderIdOrReply(command.orderId, customer.id, env, 'subscriptions');
  if ('reply' in id) return id.reply;
  // Partner Center answers an unknown order id with an empty list; ask for the order too, so a typo
  // gets "order not found" rather than "no subscriptions".
  const [, subscriptions] = await Promise.all([
    env.api.getOrder(customer.id, id.orderId, env.ctx),
    env.api.listSubscriptions(customer.id, env.ctx, id.orderId),
  ]);
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
          },
          { locale: env.ctx.locale },
        ),
      MAX_SUBSCRIPTIONS,
      () => tooLargeAnswer('subscriptions', env.ctx.locale),
    ),
  };
}
