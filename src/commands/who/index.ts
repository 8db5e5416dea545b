import type { CommandDefinition } from '../definition';
import { whoGrammar } from './grammar';
import { whoLanguages } from './languages';
import { whoCommand } from './handler';
import { whoPayload, type WhoCommand } from './payload';
import { whoStrings, type WhoStrings } from './strings';

/** "who has E5", "subscriptions of E5": every customer's subscriptions of an offer, from the partner-wide index. */
export const who: CommandDefinition<WhoCommand, WhoStrings> = {
  kind: 'who',
  grammar: whoGrammar,
  languages: whoLanguages,
  payload: whoPayload,
  run: whoCommand,
  strings: whoStrings,
  progress: (_command, s) => s.progress,
};
