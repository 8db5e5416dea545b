import { progressLine } from '../../cards/progress';
import type { CommandDefinition } from '../definition';
import { orderGrammar } from './grammar';
import { orderLanguages } from './languages';
import { orderDetailCommand } from './handler';
import { orderPayload, type OrderCommand } from './payload';
import { orderStrings, type OrderStrings } from './strings';

/** "order <order-id> [for <customer>]": one order with its line items and subscriptions. */
export const order: CommandDefinition<OrderCommand, OrderStrings> = {
  kind: 'order',
  grammar: orderGrammar,
  languages: orderLanguages,
  payload: orderPayload,
  run: orderDetailCommand,
  strings: orderStrings,
  progress: (command, s) =>
    command.customer === undefined
      ? progressLine(s.progressIdAlone, { orderId: command.orderId })
      : progressLine(s.progress, { customer: command.customer, orderId: command.orderId }),
  // Its card refreshes itself in Teams for the asker, by the customer's id once it is known.
  refreshWith: (command, customerId) => ({
    kind: 'order',
    customer: customerId ?? command.customer,
    orderId: command.orderId,
  }),
};
