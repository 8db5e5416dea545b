// The verb table, read from the given commands' grammars: which word names which command. The parser is
// handed the commands (createParser), so this engine imports no registry.
import type { CommandKind } from '../command';
import type { AnyCommandDefinition } from '../definition';
import { LANGUAGES, type Language } from './languages';
import type { Lexicon } from './languages/lexicon';
import { KEYWORDS } from './vocabulary';

export interface VerbTable {
  /** Commands in the order the parser tries them when a message names several. */
  byPrecedence: readonly AnyCommandDefinition[];
  /** Word → the command it names. */
  verbs: ReadonlyMap<string, CommandKind>;
  /** Spellings a misspelt verb is compared with, most likely first ("ordrs" → orders, not order). */
  targets: readonly string[];
  /** The same in each language next to English ("pedidso" → pedidos). */
  foreignTargets: Readonly<Record<Language, readonly string[]>>;
  /** A word of any language → the command it names ("orders", "pedidos", "订单"). */
  kindOf(word: string): CommandKind | undefined;
  /**
   * Every word the parser may read as something other than a name. A customer, product or reseller whose
   * name contains one of these, bare, may be misread: quoting the name ("Monthly Partners") always works.
   * Words of the other languages that are read wherever they stand ("pedidos", "mensais") are among them.
   */
  reserved: ReadonlySet<string>;
  /** The same, English only. */
  englishReserved: ReadonlySet<string>;
}

export function verbTable(commands: readonly AnyCommandDefinition[], lexicon: Lexicon): VerbTable {
  const verbs = new Map<string, CommandKind>(
    commands.flatMap((c) => c.grammar.verbs.map((word): [string, CommandKind] => [word, c.kind])),
  );
  const foreign = new Map<string, CommandKind>(
    LANGUAGES.flatMap((language) =>
      commands.flatMap((c) =>
        Object.keys(c.languages[language].phrases)
          .filter((phrase) => !phrase.includes(' '))
          .map((word): [string, CommandKind] => [word, c.kind]),
      ),
    ),
  );
  const englishReserved = new Set([...verbs.keys(), ...KEYWORDS]);
  return {
    byPrecedence: [...commands].sort((a, b) => a.grammar.precedence - b.grammar.precedence),
    verbs,
    targets: commands.flatMap((c) => c.grammar.typoTargets),
    foreignTargets: lexicon.typoTargets,
    kindOf: (word) => verbs.get(word) ?? foreign.get(word),
    reserved: new Set([...englishReserved, ...lexicon.reserved]),
    englishReserved,
  };
}
