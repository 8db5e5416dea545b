// The verb table, read from the given commands' grammars: which word names which command. The parser is
// handed the commands (createParser), so this engine imports no registry.
import type { CommandKind } from '../command';
import type { AnyCommandDefinition } from '../definition';
import { KEYWORDS } from './vocabulary';

export interface VerbTable {
  /** Commands in the order the parser tries them when a message names several. */
  byPrecedence: readonly AnyCommandDefinition[];
  /** Word → the command it names. */
  verbs: ReadonlyMap<string, CommandKind>;
  /** Spellings a misspelt verb is compared with, most likely first ("ordrs" → orders, not order). */
  targets: readonly string[];
  /**
   * Every word the parser may read as something other than a name. A customer, product or reseller whose
   * name contains one of these, bare, may be misread: quoting the name ("Monthly Partners") always works.
   */
  reserved: ReadonlySet<string>;
}

export function verbTable(commands: readonly AnyCommandDefinition[]): VerbTable {
  const verbs = new Map<string, CommandKind>(
    commands.flatMap((c) => c.grammar.verbs.map((word): [string, CommandKind] => [word, c.kind])),
  );
  return {
    byPrecedence: [...commands].sort((a, b) => a.grammar.precedence - b.grammar.precedence),
    verbs,
    targets: commands.flatMap((c) => c.grammar.typoTargets),
    reserved: new Set([...verbs.keys(), ...KEYWORDS]),
  };
}
