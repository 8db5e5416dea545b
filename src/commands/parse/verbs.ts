// The verb table, read from the registered commands' grammars: which word names which command.
import type { CommandKind } from '../command';
import { COMMANDS } from '../registry';
import {
  ARTICLES,
  CACHE_NEGATIONS,
  CACHE_WORDS,
  CONNECTORS,
  CYCLE_NOISE,
  CYCLE_WORDS,
  DATE_PREPOSITIONS,
  DATE_WORDS,
  EDGE_PREPOSITIONS,
  ID_LEAD_INS,
  INCLUDE_WORDS,
  LEADING_FILLERS,
  MONTHS,
  NOISE,
  OFFSET_WORDS,
  PRICE_WORDS,
  PURCHASE_WORDS,
  REFRESH_WORDS,
  RESELLER_WORDS,
  STATUSES,
  STATUS_WORDS,
  SYSTEM_WORDS,
  TRAILING_FILLERS,
  VIA_WORDS,
  WITH_WORDS,
} from './vocabulary';

/** Commands in the order the parser tries them when a message names several. */
export const BY_PRECEDENCE = [...COMMANDS].sort((a, b) => a.grammar.precedence - b.grammar.precedence);

export const VERBS: ReadonlyMap<string, CommandKind> = new Map(
  COMMANDS.flatMap((c) => c.grammar.verbs.map((word): [string, CommandKind] => [word, c.kind])),
);

/** Spellings a misspelt verb is compared with, most likely first ("ordrs" → orders, not order). */
export const VERB_TARGETS: readonly string[] = COMMANDS.flatMap((c) => c.grammar.typoTargets);

export const isVerb = (key: string): boolean => VERBS.has(key);
export const commandOfWord = (key: string): CommandKind | undefined => VERBS.get(key);

/**
 * Every word the parser may read as something other than a name. A customer, product or reseller whose
 * name contains one of these, bare, may be misread: quoting the name ("Monthly Partners") always works.
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  ...VERBS.keys(),
  ...LEADING_FILLERS.flat(),
  ...TRAILING_FILLERS.flat(),
  ...ARTICLES,
  ...EDGE_PREPOSITIONS,
  ...NOISE,
  ...CONNECTORS,
  ...CYCLE_WORDS,
  ...CYCLE_NOISE,
  'one',
  'time',
  ...STATUSES.keys(),
  ...STATUS_WORDS,
  ...REFRESH_WORDS,
  ...CACHE_NEGATIONS,
  ...CACHE_WORDS,
  'force',
  ...PRICE_WORDS,
  ...SYSTEM_WORDS,
  ...PURCHASE_WORDS,
  ...INCLUDE_WORDS,
  ...WITH_WORDS,
  ...VIA_WORDS,
  ...RESELLER_WORDS,
  ...OFFSET_WORDS,
  ...ID_LEAD_INS,
  ...DATE_PREPOSITIONS.keys(),
  ...DATE_WORDS,
  ...MONTHS.keys(),
]);
