// The verb table, read from the registered commands' grammars: which word names which command.
import type { CommandKind } from '../command';
import { COMMANDS } from '../registry';
import { KEYWORDS } from './vocabulary';

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
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...VERBS.keys(), ...KEYWORDS]);
