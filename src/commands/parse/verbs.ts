// The verb table, read from the registered commands' grammars: which word names which command.
// Built on first use, not at load: the registry imports the commands, whose grammars import this engine, so
// at load time the registry may not be filled in yet (an import cycle that is harmless only if nothing here
// reads COMMANDS before a message is parsed).
import type { CommandKind } from '../command';
import type { AnyCommandDefinition } from '../definition';
import { COMMANDS } from '../registry';
import { KEYWORDS } from './vocabulary';

interface VerbTable {
  byPrecedence: readonly AnyCommandDefinition[];
  verbs: ReadonlyMap<string, CommandKind>;
  targets: readonly string[];
  reserved: ReadonlySet<string>;
}

let table: VerbTable | undefined;

function verbTable(): VerbTable {
  if (table) return table;
  const verbs = new Map<string, CommandKind>(
    COMMANDS.flatMap((c) => c.grammar.verbs.map((word): [string, CommandKind] => [word, c.kind])),
  );
  table = {
    byPrecedence: [...COMMANDS].sort((a, b) => a.grammar.precedence - b.grammar.precedence),
    verbs,
    targets: COMMANDS.flatMap((c) => c.grammar.typoTargets),
    reserved: new Set([...verbs.keys(), ...KEYWORDS]),
  };
  return table;
}

/** Commands in the order the parser tries them when a message names several. */
export const commandsByPrecedence = (): readonly AnyCommandDefinition[] => verbTable().byPrecedence;

/** Word → the command it names. */
export const verbs = (): ReadonlyMap<string, CommandKind> => verbTable().verbs;

/** Spellings a misspelt verb is compared with, most likely first ("ordrs" → orders, not order). */
export const verbTargets = (): readonly string[] => verbTable().targets;

export const isVerb = (key: string): boolean => verbTable().verbs.has(key);
export const commandOfWord = (key: string): CommandKind | undefined => verbTable().verbs.get(key);

/**
 * Every word the parser may read as something other than a name. A customer, product or reseller whose
 * name contains one of these, bare, may be misread: quoting the name ("Monthly Partners") always works.
 */
export const reservedWords = (): ReadonlySet<string> => verbTable().reserved;
