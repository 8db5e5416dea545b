import { progressLine } from '../../cards/progress';
import type { CommandDefinition } from '../definition';
import { ordersGrammar } from './grammar';
import { ordersLanguages } from './languages';
import { ordersCommand } from './handler';
import { ordersPayload, type OrdersCommand } from './payload';
import { ordersStrings, type OrdersStrings } from './strings';

/** "orders for <customer> [cycle] [status] [dates] [with product] [via reseller] [with prices] …". */
export const orders: CommandDefinition<OrdersCommand, OrdersStrings> = {
  kind: 'orders',
  grammar: ordersGrammar,
  languages: ordersLanguages,
  payload: ordersPayload,
  run: ordersCommand,
  strings: ordersStrings,
  progress: (command, s) => progressLine(s.progress, { customer: command.customer }),
};
