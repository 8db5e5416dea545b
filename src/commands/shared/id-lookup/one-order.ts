// The steps of every command about one order id ("order <id>", "subscriptions for order <id>"): with a customer,
// resolve it and do the command's work; with none, the partner-wide index says whose the id is. Either way, the
// id of a subscription (a 404 the index explains, or the index's match) shows that subscription instead.
import type { Customer } from '../../../partnercenter/models';
import type { Command } from '../../command';
import type { CommandSet } from '../../command-set';
import type { CommandEnv } from '../../deps';
import type { CommandOutcome } from '../../outcome';
import { customerOrReply } from '../customer-step';
import { locateOrReply, showSubscription, subscriptionInstead } from './locate';

type OneOrder = Extract<Command, { kind: 'order' | 'subscriptions' }>;
type Handler<C> = (command: C, env: CommandEnv, commands: CommandSet) => Promise<CommandOutcome>;

export interface OneOrderSteps<C extends OneOrder> {
  /** The command for an id the index found: an order of `customer`, or a subscription's id (no customer). */
  at(orderId: string, customer?: string): C;
  /** The command's own work, once its customer is known. */
  run(command: C, customer: Customer, env: CommandEnv): Promise<CommandOutcome>;
  /** True when a 404 cannot mean the id was a subscription's (the command already names one). */
  namesSubscription?(command: C): boolean;
}

export function oneOrderCommand<C extends OneOrder>(steps: OneOrderSteps<C>): Handler<C> {
  const withCustomer: Handler<C> = async (command, env, commands) => {
    if (command.customer === undefined) return idAlone(command, env, commands);
    const found = await customerOrReply({ ...command, customer: command.customer }, env);
    if ('reply' in found) return found.reply;
    try {
      return await steps.run(command, found.customer, env);
    } catch (err) {
      const subscription = steps.namesSubscription?.(command)
        ? undefined
        : await subscriptionInstead(err, command.orderId, env);
      if (!subscription) throw err;
      return showSubscription(subscription, env, commands);
    }
  };

  const idAlone: Handler<C> = async (command, env, commands) => {
    const located = await locateOrReply(command.orderId, env, {
      command: command.kind,
      forMatch: (found) =>
        found.kind === 'order' ? steps.at(found.order.id, found.order.cust) : steps.at(found.subscription.id),
      forCustomer: (customer) => ({ ...command, customer }),
    });
    if ('reply' in located) return located.reply;
    const { found } = located;
    if (found.kind === 'subscription') return showSubscription(found.subscription, env, commands);
    return withCustomer({ ...command, customer: found.order.cust, orderId: found.order.id }, env, commands);
  };

  return withCustomer;
}
