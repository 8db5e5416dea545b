import type { CommandDefinition } from '../definition';
import { helpGrammar } from './grammar';
import { helpLanguages } from './languages';
import { helpOutcome } from './handler';
import { helpPayload, type HelpCommand } from './payload';
import { helpStrings } from './strings';

/** "help", "help <command>": the command reference with a button to try each example. */
export const help: CommandDefinition<HelpCommand> = {
  kind: 'help',
  grammar: helpGrammar,
  languages: helpLanguages,
  payload: helpPayload,
  run: async (command, env, registered) => helpOutcome(registered.definitions, env, undefined, command.topic),
  strings: helpStrings,
};
