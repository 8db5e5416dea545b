// The parser of the registered commands (the engine, engine.ts, is handed them; nothing in the engine or in
// a command folder imports this module, so the registry's import of the commands cannot come back here).
import type { Command, ParseResult } from '../command';
import { REGISTRY } from '../registry';

export { createParser, type Parser } from './engine';

/** Chat text in any language → a command; `locale` (the person's) only picks the language of suggestions. */
export function parseCommand(text: string, now: Date = new Date(), locale?: string): ParseResult {
  return REGISTRY.parse(text, now, locale);
}

/** The command as text that parses back to it, e.g. for a "Did you mean …?" button; in `locale`'s language. */
export function formatCommand(command: Command, locale?: string): string {
  return REGISTRY.format(command, locale);
}

/** Word → the command it names. */
export const verbs = (): ReadonlyMap<string, string> => REGISTRY.verbs.verbs;
/** Spellings a misspelt verb is compared with, most likely first. */
export const verbTargets = (): readonly string[] => REGISTRY.verbs.targets;
/** Every word the parser may read as something other than a name (quoting a name always works). */
export const reservedWords = (): ReadonlySet<string> => REGISTRY.verbs.reserved;
