import type { CommandDefinition } from '../definition';
import { refreshGrammar } from './grammar';
import { refreshLanguages } from './languages';
import { refreshCommand } from './handler';
import { refreshPayload, type RefreshCommand } from './payload';
import { refreshStrings } from './strings';

/** "refresh": reload the customer directory from Partner Center now. */
export const refresh: CommandDefinition<RefreshCommand> = {
  kind: 'refresh',
  grammar: refreshGrammar,
  languages: refreshLanguages,
  payload: refreshPayload,
  run: refreshCommand,
  strings: refreshStrings,
  // The twelfth and thirteenth commands (renewals, windows) took its place in the Teams menu: the directory
  // reloads itself every CUSTOMER_DIRECTORY_REFRESH_MINUTES, and `refresh` is on the help card.
  offMenu: true,
};
