// The commands the bot knows, in the order the help card and the Teams menu list them. The parser's verb
// table, the click validation, dispatch, the help card and the manifest's command menu are all read from
// here: adding a command is a folder under src/commands/ and one line below.
import { changeRequest } from './change-request';
import { createCommandSet } from './command-set';
import { digest } from './digest';
import type { AnyCommandDefinition } from './definition';
import { help } from './help';
import { order } from './order';
import { orders } from './orders';
import { pending } from './pending';
import { recent } from './recent';
import { refresh } from './refresh';
import { renewals } from './renewals';
import { subscriptions } from './subscriptions';
import { watch } from './watch';
import { unwatch } from './unwatch';
import { watches } from './watches';
import { who } from './who';
import { windows } from './windows';

export const COMMANDS = [
  orders,
  order,
  subscriptions,
  pending,
  recent,
  who,
  renewals,
  windows,
  watch,
  watches,
  unwatch,
  digest,
  refresh,
  help,
  changeRequest,
] as const;

export type RegisteredCommand = (typeof COMMANDS)[number];

/** The bot's commands as the parser, click validation and dispatch use them. */
export const REGISTRY = createCommandSet(COMMANDS);

/** The definition of a registered kind (a Command's kind is always one). */
export function commandNamed(kind: string): AnyCommandDefinition {
  return REGISTRY.named(kind);
}

/** A card submit read against the registered commands' payloads. */
export const readSubmit = REGISTRY.readSubmit;
