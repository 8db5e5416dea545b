import type { CommandDefinition } from '../definition';
import { renewalsGrammar } from './grammar';
import { renewalsLanguages } from './languages';
import { renewalsCommand } from './handler';
import { renewalsPayload, type RenewalsCommand } from './payload';
import { renewalsStrings, type RenewalsStrings } from './strings';

/** "renewals [for <customer>] [period]": what renews and ends, grouped, from the partner-wide index. */
export const renewals: CommandDefinition<RenewalsCommand, RenewalsStrings> = {
  kind: 'renewals',
  grammar: renewalsGrammar,
  languages: renewalsLanguages,
  payload: renewalsPayload,
  run: renewalsCommand,
  strings: renewalsStrings,
  progress: (_command, s) => s.progress,
};
