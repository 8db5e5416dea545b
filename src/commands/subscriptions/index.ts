import type { CommandDefinition } from '../definition';
import { subscriptionsGrammar } from './grammar';
import { subscriptionsCommand } from './handler';
import { subscriptionsPayload, type SubscriptionsCommand } from './payload';
import { subscriptionsStrings } from './strings';

/** "subscriptions for order <order-id> for <customer>": the subscriptions an order created. */
export const subscriptions: CommandDefinition<SubscriptionsCommand> = {
  kind: 'subscriptions',
  grammar: subscriptionsGrammar,
  payload: subscriptionsPayload,
  run: subscriptionsCommand,
  strings: subscriptionsStrings,
};
