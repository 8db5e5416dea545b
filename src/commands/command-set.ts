// What the shared machinery makes of a list of command definitions: the parser, the click validation and the
// lookup by kind. The bot's set is built from the registry (registry.ts); a test may build one from its own
// commands. Nothing here imports a command folder, so the registry is handed in, never imported.
import type { Command, CommandKind, ParseResult } from './command';
import type { AnyCommandDefinition } from './definition';
import { createParser } from './parse/engine';
import type { VerbTable } from './parse/verbs';
import { submitReader, type SubmitReading } from './read-submit';

export interface CommandSet {
  /** In the order the help card and the Teams menu list them. */
  readonly definitions: readonly AnyCommandDefinition[];
  /** The definition of a kind in this set (a Command's kind always is one). */
  named(kind: CommandKind | string): AnyCommandDefinition;
  /** Chat text in any language → a command or a problem with a hint (in `locale`'s language); never throws. */
  parse(text: string, now?: Date, locale?: string): ParseResult;
  /** The command as text that parses back to it, in `locale`'s language when it can be. */
  format(command: Command, locale?: string): string;
  /** A card submit (activity.value) → a command, text to parse, or invalid. */
  readSubmit(value: unknown): SubmitReading;
  readonly verbs: VerbTable;
}

export function createCommandSet(definitions: readonly AnyCommandDefinition[]): CommandSet {
  const parser = createParser(definitions);
  const byKind = new Map(definitions.map((d) => [d.kind, d]));
  return {
    definitions,
    named(kind) {
      const found = byKind.get(kind);
      if (!found) throw new Error(`no command "${kind}" is registered`);
      return found;
    },
    parse: parser.parse,
    format: parser.format,
    readSubmit: submitReader(definitions),
    verbs: parser.verbs,
  };
}
