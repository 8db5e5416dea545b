import type { CommandDefinition } from '../definition';
import { recentGrammar } from './grammar';
import { recentLanguages } from './languages';
import { recentCommand } from './handler';
import { recentPayload, type RecentCommand } from './payload';
import { recentStrings, type RecentStrings } from './strings';

/** "orders today", "orders since monday", "recent orders": every customer's, from the partner-wide index. */
export const recent: CommandDefinition<RecentCommand, RecentStrings> = {
  kind: 'recent',
  grammar: recentGrammar,
  languages: recentLanguages,
  payload: recentPayload,
  run: recentCommand,
  strings: recentStrings,
  progress: (_command, s) => s.progress,
};
