// The contract between the shared parse engine (index.ts) and one command's grammar. The engine normalises,
// tokenises, drops fillers, finds which command a message is (shape), reads the filter clauses and the
// customer; the grammar says which words name it, where its pieces are, and builds its command.
import type { Command, CommandKind, ParseResult } from '../command';
import type { Collected } from './collect';
import type { Check } from './problems';
import type { Token } from './tokenize';

/** Where a command's verb (and order id) stand in a message. */
export interface Shape {
  /** Tokens taken by the verb, the id and words like "order", "id", "#" around it. */
  used: boolean[];
  orderId?: string;
  /** A weak match ("order" without an id) loses to a plain match of a command of lower precedence. */
  weak?: boolean;
}

/** The command a word names, if it names one (quoted tokens never do). */
export type VerbOf = (token: Token | undefined) => CommandKind | undefined;

export interface LeadInput {
  tokens: readonly Token[];
  /** The message was only question marks. */
  question: boolean;
  /** Today as a UTC day number (the injected clock), for date phrases; undefined without a clock. */
  today: number | undefined;
  verbOf: VerbOf;
  /** The same, but for soft verbs (Grammar.softVerbs), which are no keyword in another command's message. */
  keywordVerbOf: VerbOf;
  /** The command a word names, or names when one or two letters are fixed ("ordrs" → orders). */
  verbNear(token: Token): CommandKind | undefined;
  /** The command as text that parses back to it, in the person's language when it can be (a hint's example). */
  format(command: Command): string;
}

/** What the engine read around the shape, for the grammar to build its command from. */
export interface BuildInput {
  tokens: readonly Token[];
  used: readonly boolean[];
  shape: Shape;
  collected: Collected;
  /** The leftover run of words naming the customer (token indices), and its text ('' when none). */
  run: readonly number[];
  customer: string;
  check: Check;
  /** "Did you mean …?" for the first free token near one of `targets`, as a problem. */
  typo(targets: readonly string[]): ParseResult | undefined;
  /** The command as text that parses back to it, in the person's language when it can be. */
  format(command: Command): string;
  /** How the person's language writes an order id not given yet, in a hint's example ("<id-do-pedido>"). */
  orderIdPlaceholder: string;
  /** Filter words a misspelt word at the edge of a name is compared with (English, and the message's language). */
  filterTargets: readonly string[];
}

export type QuotedField = 'customer' | 'product' | 'reseller';
/** Writes a value as it should be typed: bare, or in quotes. */
export type Quoter = (field: QuotedField, value: string) => string;

export interface Grammar<C> {
  /** Words that name the command, lowercase ("subs", "sub" …). */
  verbs: readonly string[];
  /** Spellings a misspelt verb is compared with, most likely first. */
  typoTargets: readonly string[];
  /** Misspelt, these are reported even when another command's verb is in the message. */
  noticedTypos?: readonly string[];
  /**
   * Of its verbs, those that name it (its lead reads them, `help <word>` finds it) but are no keyword elsewhere:
   * they do not end a product's or a reseller's name ("orders for contoso with Windows 365").
   */
  softVerbs?: readonly string[];
  /** When a message names several commands, the lowest precedence wins. */
  precedence: number;
  /** Reads the whole message before shapes are looked for (help: "help orders", "orders help", "?"). */
  lead?(input: LeadInput): ParseResult | undefined;
  /** Where the command stands in the message, if it is there. */
  shape?(tokens: readonly Token[], verbOf: VerbOf): Shape | undefined;
  /** The command, or the problem with it. Required with `shape`. */
  build?(input: BuildInput): ParseResult;
  /** The command written back as text (for "Did you mean …?" buttons). */
  format(command: C, quote: Quoter): string;
}
