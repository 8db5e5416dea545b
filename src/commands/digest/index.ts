import type { CommandDefinition } from '../definition';
import { digestGrammar } from './grammar';
import { digestCommand } from './handler';
import { digestLanguages } from './languages';
import { digestPayload, type DigestCommand } from './payload';
import { digestStrings, type DigestStrings } from './strings';

/**
 * "digest renewals weekly [for <customer>, <customer>]", "watch cancellation windows [for <customer>]",
 * "digests", "stop digest …": renewals digests and window alerts posted into this thread (issue 19). Off the
 * Teams menu (it holds 12), on the help card.
 */
export const digest: CommandDefinition<DigestCommand, DigestStrings> = {
  kind: 'digest',
  grammar: digestGrammar,
  languages: digestLanguages,
  payload: digestPayload,
  run: digestCommand,
  strings: digestStrings,
  changesState: true,
  offMenu: true,
};
