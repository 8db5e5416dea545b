import type { CommandDefinition } from '../definition';
import { watchesGrammar } from './grammar';
import { watchesLanguages } from './languages';
import { watchesCommand } from './handler';
import { watchesPayload, type WatchesCommand } from './payload';
import { watchesStrings } from './strings';

/** "watches": the orders this conversation watches. */
export const watches: CommandDefinition<WatchesCommand> = {
  kind: 'watches',
  grammar: watchesGrammar,
  languages: watchesLanguages,
  payload: watchesPayload,
  run: watchesCommand,
  strings: watchesStrings,
};
