import { runAction } from '../actions';
import { customerRef } from '../shared/customer-step';
import { oneOrderCommand } from '../shared/id-lookup/one-order';
import { orderIdOrReply } from '../shared/order-id-step';
import type { Customer } from '../../partnercenter/models';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { MAX_LINE_ITEMS, orderDetailCard, orderHasMoney } from './card';
import { provisioningOf } from './provisioning';
import { resellerOnRecord } from './reseller-on-record';
import type { OrderCommand } from './payload';

/**
 * "order <id> for <customer>": the order's facts, line items and the subscriptions it created (seed 001 + 003).
 * "order <id>" alone: its customer from the partner-wide index. A subscription's id: that subscription.
 */
export const orderDetailCommand = oneOrderCommand<OrderCommand>({
  at: (orderId, customer) => ({ kind: 'order', customer, orderId }),
  run: orderDetail,
});

async function orderDetail(
  command: OrderCommand,
  customer: Customer,
  env: CommandEnv,
): Promise<CommandOutcome> {
  const id = await orderIdOrReply(command.orderId, customer.id, env, 'order');
  if ('reply' in id) return id.reply;
  const [order, subscriptions] = await Promise.all([
    env.api.getOrder(customer.id, id.orderId, env.ctx, true),
    env.api.listSubscriptions(customer.id, env.ctx, id.orderId),
  ]);
  const reseller = await resellerOnRecord(order, env);
  const provisioning = await provisioningOf({ ...order, referenceCustomerId: customer.id }, env);
  const prices = env.prices ?? 'shown';
  // This order again, for one person's priced view (Teams: the asker's refresh, "Show prices to me").
  const privateView =
    prices === 'onRequest' && orderHasMoney(order)
      ? runAction({ ...command, customer: customer.id, refresh: undefined })
      : undefined;
  return {
    command: 'order',
    result: 'ok',
    customerId: customer.id,
    resultCount: 1,
    card: fitCard(
      (maxRows) =>
        orderDetailCard(
          {
            customer: customerRef(customer),
            order,
            subscriptions,
            actions: {
              subscriptions: (orderId) =>
                runAction({ kind: 'subscriptions', customer: customer.id, orderId, back: command.back }),
              orders: () =>
                runAction({ kind: 'orders', customer: customer.id, filters: {}, ...command.back }),
              refresh: () => runAction({ ...command, customer: customer.id, refresh: true }),
              watch: env.watch && ((orderId) => runAction({ kind: 'watch', customer: customer.id, orderId })),
            },
            staleAgeMs: env.ctx.freshness?.staleAgeMs,
            fetchedAt: env.ctx.freshness?.fetchedAt,
            reseller,
            provisioning,
            maxRows,
            prices,
            showPrices: privateView,
            portalUrl: env.portal?.order(customer.id, order.id),
          },
          { locale: env.ctx.locale },
        ),
      MAX_LINE_ITEMS,
      () => tooLargeAnswer('order', env.ctx.locale),
    ),
    ...(privateView ? { privateView } : {}),
  };
}
