import type { CommandDefinition } from '../definition';
import { pendingGrammar } from './grammar';
import { pendingLanguages } from './languages';
import { pendingCommand } from './handler';
import { pendingPayload, type PendingCommand } from './payload';
import { pendingStrings, type PendingStrings } from './strings';

/** "pending orders": every customer's pending orders, from the partner-wide index. */
export const pending: CommandDefinition<PendingCommand, PendingStrings> = {
  kind: 'pending',
  grammar: pendingGrammar,
  languages: pendingLanguages,
  payload: pendingPayload,
  run: pendingCommand,
  strings: pendingStrings,
  progress: (_command, s) => s.progress,
};
