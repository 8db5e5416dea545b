import type { CommandDefinition } from '../definition';
import { watchGrammar } from './grammar';
import { watchLanguages } from './languages';
import { watchCommand } from './handler';
import { watchPayload, type WatchCommand } from './payload';
import { watchStrings } from './strings';

/** "watch order <order-id> for <customer>", "watch pending orders for <customer>": notices in this conversation. */
export const watch: CommandDefinition<WatchCommand> = {
  kind: 'watch',
  grammar: watchGrammar,
  languages: watchLanguages,
  payload: watchPayload,
  run: watchCommand,
  strings: watchStrings,
  changesState: true,
};
