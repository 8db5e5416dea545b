import type { CommandDefinition } from '../definition';
import { orderGrammar } from './grammar';
import { orderDetailCommand } from './handler';
import { orderPayload, type OrderCommand } from './payload';
import { orderStrings } from './strings';

/** "order <order-id> for <customer>": one order with its line items and subscriptions. */
export const order: CommandDefinition<OrderCommand> = {
  kind: 'order',
  grammar: orderGrammar,
  payload: orderPayload,
  run: orderDetailCommand,
  strings: orderStrings,
};
