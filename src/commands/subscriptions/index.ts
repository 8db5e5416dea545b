import { progressLine } from '../../cards/progress';
import type { CommandDefinition } from '../definition';
import { subscriptionsGrammar } from './grammar';
import { subscriptionsLanguages } from './languages';
import { subscriptionsCommand } from './handler';
import { subscriptionsPayload, type SubscriptionsCommand } from './payload';
import { subscriptionsStrings, type SubscriptionsStrings } from './strings';

/** "subscriptions for order <order-id> for <customer>": the subscriptions an order created. */
export const subscriptions: CommandDefinition<SubscriptionsCommand, SubscriptionsStrings> = {
  kind: 'subscriptions',
  grammar: subscriptionsGrammar,
  languages: subscriptionsLanguages,
  payload: subscriptionsPayload,
  run: subscriptionsCommand,
  strings: subscriptionsStrings,
  progress: (command, s) => progressLine(s.progress, { orderId: command.orderId }),
};
