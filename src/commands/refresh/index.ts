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
};
