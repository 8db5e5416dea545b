// What a command is: everything the shared machinery (parser, click validation, dispatch, help card, Teams
// menu) needs to know about it. Each command folder exports one of these; registry.ts lists them.
import type { z } from 'zod';
import { languageOf, LOCALES, type Locale } from '../cards/strings';
import type { CommandSet } from './command-set';
import type { CommandEnv, Learnt } from './deps';
import type { CommandOutcome } from './outcome';
import type { Grammar } from './parse/grammar';
import type { CommandLanguages } from './parse/languages/types';

/** The locales every command's strings must cover (listed once, in src/cards/strings). */
export { LOCALES, type Locale };

/**
 * One line of the help card. `command` and `example` keep the English keywords; the card shows them in the
 * person's language from the command's languages.ts (the parser reads both).
 */
export interface HelpEntry {
  command: string;
  description: string;
  example: string;
}

/**
 * The Teams command menu entry, in each language's language file of the manifest: the title is what Teams
 * types for the person, so it must be words the parser reads.
 */
export interface MenuEntry {
  title: string;
  description: string;
}

export interface CommandStrings {
  help: readonly HelpEntry[];
  menu: MenuEntry;
}

export interface CommandDefinition<
  C extends { kind: string } = { kind: string },
  S extends CommandStrings = CommandStrings,
> {
  kind: C['kind'];
  /** How the parser recognises it (see parse/grammar.ts). */
  grammar: Grammar<C>;
  /**
   * Its words in each language next to English (its languages.ts): what the parser reads for them, its help
   * lines and how it is written there. A language missing from the record fails `tsc`.
   */
  languages: CommandLanguages<C>;
  /** The Action.Submit data of a button that runs it; `kinds` are all registered kinds (help names them). */
  payload(kinds: readonly [string, ...string[]]): z.core.$ZodTypeDiscriminable;
  /** Runs it. `commands` is the set it was registered in (help lists them; a card formats commands as text). */
  run(command: C, env: CommandEnv, commands: CommandSet): Promise<CommandOutcome>;
  /**
   * Its words per locale: help entries, menu entry and whatever its cards and hooks say (its strings.ts). A
   * locale missing from the record, or a key missing from one locale, fails `tsc`.
   */
  strings: Readonly<Record<Locale, S>>;
  /**
   * The progress card's title while it runs ("Looking up the orders of Tailspin Toys…"): what the turn has
   * `learnt` by then (the customer's name) rather than what was typed. None, or undefined: a general line.
   */
  progress?(command: C, strings: S, learnt?: Learnt): string | undefined;
  /** The command a Teams refresh of its card runs (Universal Actions); none: its card does not refresh itself. */
  refreshWith?(command: C, customerId: string | undefined): C;
  /**
   * It changes something (a watch): a click that runs it answers with a new message and leaves the clicked card
   * as it is. A click that runs any other command (next, previous, back, details, refresh) is card navigation:
   * in Teams the answer replaces the clicked card.
   */
  changesState?: true;
  /**
   * Not offered: left off the Teams menu (and its strings have no help entries, its grammar no verbs or typo
   * spellings, so the help card and "Did you mean" never show it). For answers to what people ask that the
   * bot does not do ("cancel order X").
   */
  hidden?: true;
  /**
   * On the help card, read as ever and offered as a correction, but left off the Teams menu: manifest 1.25 allows
   * 12 commands per list (refresh: the customer directory reloads itself; digest; README "Commands" says which).
   */
  offMenu?: true;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommandDefinition = CommandDefinition<any>;

/** A command's strings in the language the cards use for this activity locale (English for any other). */
export function stringsFor<S>(command: { strings: Readonly<Record<Locale, S>> }, locale: string): S {
  return command.strings[languageOf(locale)];
}
