import type { CommandDefinition } from '../definition';
import { unwatchGrammar } from './grammar';
import { unwatchLanguages } from './languages';
import { unwatchCommand } from './handler';
import { unwatchPayload, type UnwatchCommand } from './payload';
import { unwatchStrings } from './strings';

/** "unwatch <order id | all>": ends watches of this conversation. */
export const unwatch: CommandDefinition<UnwatchCommand> = {
  kind: 'unwatch',
  grammar: unwatchGrammar,
  languages: unwatchLanguages,
  payload: unwatchPayload,
  run: unwatchCommand,
  strings: unwatchStrings,
  changesState: true,
};
