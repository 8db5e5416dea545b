// Chat text → Command. Pure: no I/O, the clock is injected, and it never throws (any failure becomes a
// problem with a hint). The engine is shared; what each command's words are and how its command is built
// come from its grammar (src/commands/<name>/grammar.ts). It is handed the commands (createParser) rather than
// importing the registry, so any set of commands (a test's) gets a parser. The language and its ambiguity
// rules: the command reference in the README.
import type { Command, CommandKind, ParseResult } from '../command';
import type { AnyCommandDefinition } from '../definition';
import { scanClauses } from './clauses';
import { collect } from './collect';
import { customerText, leftoverRuns } from './customer';
import { todayOf } from './date-phrases';
import { stripFillers } from './fillers';
import { closest } from '../../text/edit-distance';
import type { LeadInput, QuotedField, Shape, VerbOf } from './grammar';
import { normalizeText } from '../../text/normalize';
import { fail, quoteForHint, typoProblem, type Check } from './problems';
import { problem } from './messages';
import { tokenize, type Token } from './tokenize';
import { verbTable, type VerbTable } from './verbs';

/** Longer raw input is refused before any work; longer normalised text is not a command either. */
const MAX_INPUT = 20_000;
const MAX_TEXT = 500;
/** Typos corrected in one suggestion: enough for a hurried message, few enough to stay cheap. */
const MAX_CORRECTIONS = 3;

export interface Parser {
  /** Chat text → a command or a problem with a hint; never throws. */
  parse(text: string, now?: Date): ParseResult;
  /** The command as text that parses back to it, e.g. for a "Did you mean …?" button. */
  format(command: Command): string;
  /** The verb table read from the commands' grammars. */
  verbs: VerbTable;
}

/** A parser for these commands (the registry's, or a test's). */
export function createParser(commands: readonly AnyCommandDefinition[]): Parser {
  const table = verbTable(commands);
  const commandOfWord = (key: string): CommandKind | undefined => table.verbs.get(key);
  const isVerb = (key: string): boolean => table.verbs.has(key);
  const named = (kind: string): AnyCommandDefinition => {
    const found = commands.find((c) => c.kind === kind);
    if (!found) throw new Error(`no command "${kind}" is registered`);
    return found;
  };

  function parseCommand(text: string, now: Date = new Date()): ParseResult {
    try {
      return parse(typeof text === 'string' ? text : '', now, true);
    } catch {
      return fail({ message: problem('failed') });
    }
  }

  /** The command as text that parses back to it, e.g. for a "Did you mean …?" button. */
  function formatCommand(command: Command): string {
    const expected = canonical(command);
    const { grammar } = named(command.kind);
    for (const fields of QUOTE_SETS) {
      const text = grammar.format(command, (field, value) => (fields.includes(field) ? `"${value}"` : value));
      const back = parse(text, new Date(0), false);
      if (back.ok && canonical(back.command) === expected) return text;
    }
    return grammar.format(command, (_field, value) => `"${value}"`);
  }

  const verbOf: VerbOf = (token) =>
    token === undefined || token.quoted ? undefined : commandOfWord(token.key);

  function verbNear(token: Token): CommandKind | undefined {
    return commandOfWord(token.key) ?? commandOfWord(closest(token.key, table.targets) ?? '');
  }

  /** The first grammar that reads the whole message on its own terms (help). */
  function lead(input: Omit<LeadInput, 'verbOf' | 'verbNear'>): ParseResult | undefined {
    for (const { grammar } of table.byPrecedence) {
      const result = grammar.lead?.({ ...input, verbOf, verbNear });
      if (result) return result;
    }
    return undefined;
  }

  /** Which command the message is: the first plain match by precedence, else the first weak one. */
  function findShape(tokens: readonly Token[]): { kind: CommandKind; shape: Shape } | undefined {
    let weak: { kind: CommandKind; shape: Shape } | undefined;
    for (const { kind, grammar } of table.byPrecedence) {
      const shape = grammar.shape?.(tokens, verbOf);
      if (shape === undefined) continue;
      if (!shape.weak) return { kind, shape };
      weak ??= { kind, shape };
    }
    return weak;
  }

  /**
   * `withSuggestions` is false when only checking whether a text parses: the result's ok-ness and command
   * are the same, but no suggestion is worked out (which would recurse).
   */
  function parse(
    text: string,
    now: Date,
    withSuggestions: boolean,
    corrections = MAX_CORRECTIONS,
  ): ParseResult {
    const check: Check = withSuggestions
      ? Object.assign((t: string) => parse(t, now, false).ok, {
          // A corrected text that still fails: its own suggestion, one correction fewer (bounded recursion).
          further:
            corrections > 1
              ? (t: string) => {
                  const again = parse(t, now, true, corrections - 1);
                  return again.ok ? t : again.problem.suggestion;
                }
              : undefined,
        })
      : undefined;
    if (text.length > MAX_INPUT) return fail({ message: problem('tooLong', { max: String(MAX_TEXT) }) });
    const normalized = normalizeText(text);
    if (normalized.question)
      return (
        lead({ tokens: [], question: true, today: todayOf(now) }) ?? fail({ message: problem('unknown') })
      );
    if (normalized.text === '') return fail({ message: problem('empty') });
    if (normalized.text.length > MAX_TEXT)
      return fail({ message: problem('tooLong', { max: String(MAX_TEXT) }) });
    const tokens = stripFillers(tokenize(normalized.text), isVerb);
    if (tokens.length === 0) return fail({ message: problem('unknown') });

    const early = lead({ tokens, question: false, today: todayOf(now) });
    if (early) return early;

    const found = findShape(tokens);
    // No verb: a misspelt one is offered ("ordrs" → orders); none near at all gets the generic hint.
    if (found === undefined)
      return (
        typoProblem(tokens, [], table.targets, check, commandOfWord) ?? fail({ message: problem('unknown') })
      );
    const { kind: topic, shape } = found;
    const used = shape.used;
    const collected = collect(scanClauses({ tokens, used, today: todayOf(now), isVerb }));
    if ('error' in collected) return fail({ message: collected.error, topic });

    // "subscritions for order X for contoso": a misspelt verb that is noticed beside another command's verb.
    for (const { kind, grammar } of table.byPrecedence) {
      if (kind === topic || !grammar.noticedTypos) continue;
      const typo = typoProblem(tokens, used, grammar.noticedTypos, check, commandOfWord);
      if (typo) return typo;
    }
    const runs = leftoverRuns(tokens, used);
    if (runs.length > 1) {
      const names = runs.map((run) => quoteForHint(customerText(tokens, run)));
      return fail({ topic, message: problem('whichCustomerWords', { names }) });
    }
    const run = runs[0] ?? [];
    const { build } = named(topic).grammar;
    if (!build) return fail({ message: problem('unknown') });
    return build({
      tokens,
      used,
      shape,
      collected,
      run,
      customer: customerText(tokens, run),
      check,
      typo: (targets) => typoProblem(tokens, used, targets, check, commandOfWord),
      format: formatCommand,
    });
  }

  return { parse: parseCommand, format: formatCommand, verbs: table };
}

// formatCommand quotes a customer, product or reseller only where its bare words would be misread: it tries
// the fewest quotes first and keeps the first text that parses back to the same command.
const QUOTE_SETS: readonly (readonly QuotedField[])[] = [
  [],
  ['customer'],
  ['product'],
  ['reseller'],
  ['customer', 'product'],
  ['customer', 'reseller'],
  ['product', 'reseller'],
  ['customer', 'product', 'reseller'],
];

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
