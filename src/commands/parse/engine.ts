// Chat text → Command. Pure: no I/O, the clock is injected, and it never throws (any failure becomes a
// problem with a hint). The engine is shared; what each command's words are and how its command is built
// come from its grammar (src/commands/<name>/grammar.ts). It is handed the commands (createParser) rather than
// importing the registry, so any set of commands (a test's) gets a parser. The language and its ambiguity
// rules: the command reference in the README. Words of the other languages (Portuguese, Chinese, Italian) are
// read into the English ones first (languages/), whatever the person's locale; the locale only says in which
// language "Did you mean …?" is offered.
import { languageOf } from '../../cards/strings';
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
import { LANGUAGES, SHARED_WORDS, type Language } from './languages';
import { buildLexicon } from './languages/lexicon';
import { foldWidth, segment } from './languages/segment';
import { speller } from './languages/spell';
import { createTranslator } from './languages/translate';
import {
  FILTER_TARGETS,
  PRICE_WORDS,
  REFRESH_WORDS,
  STATUSES,
  VIA_WORDS,
  WITH_WORDS,
  cycleOfWord,
} from './vocabulary';

/** Longer raw input is refused before any work; longer normalised text is not a command either. */
const MAX_INPUT = 20_000;
const MAX_TEXT = 500;
/** Typos corrected in one suggestion: enough for a hurried message, few enough to stay cheap. */
const MAX_CORRECTIONS = 3;

export interface Parser {
  /**
   * Chat text in any of the languages → a command or a problem with a hint; never throws. The command does not
   * depend on `locale` (the person's): only the language a "Did you mean …?" is written in does.
   */
  parse(text: string, now?: Date, locale?: string): ParseResult;
  /** The command as text that parses back to it, e.g. for a "Did you mean …?" button; in `locale`'s language if it can. */
  format(command: Command, locale?: string): string;
  /** The verb table read from the commands' grammars. */
  verbs: VerbTable;
}

/** A parser for these commands (the registry's, or a test's). */
export function createParser(commands: readonly AnyCommandDefinition[]): Parser {
  const lexicon = buildLexicon(commands);
  const table = verbTable(commands, lexicon);
  const commandOfWord = (key: string): CommandKind | undefined => table.verbs.get(key);
  // A verb as a keyword: it ends a product's or a reseller's name, unless it is a soft one.
  const isVerb = (key: string): boolean => table.verbs.has(key) && !table.soft.has(key);
  const translate = createTranslator(lexicon, {
    isAnchor: (key) =>
      isVerb(key) ||
      STATUSES.has(key) ||
      cycleOfWord(key) !== undefined ||
      PRICE_WORDS.has(key) ||
      REFRESH_WORDS.has(key) ||
      WITH_WORDS.has(key) ||
      VIA_WORDS.has(key) ||
      key === 'today' ||
      key === 'yesterday',
    isReserved: (key) => table.englishReserved.has(key),
  });
  const spellers = new Map(
    LANGUAGES.map((l) => [l, speller(SHARED_WORDS[l].spelling, (kind) => named(kind).languages[l].name)]),
  );
  // Misspelt, a command's noticed words are reported beside another command's verb, in every language.
  const noticed = (command: AnyCommandDefinition, locale: string | undefined) =>
    command.grammar.noticedTypos &&
    misspelt(command.grammar.noticedTypos, (l) => command.languages[l].typoTargets, locale);
  // A word of the command language is no misspelling of another language's word ("recent" is not "recenti").
  const known = (word: string): boolean =>
    table.englishReserved.has(word) || lexicon.words.has(word) || table.targets.includes(word);
  /** The spelling a word is a misspelling of: the person's language's first, then English, then the others. */
  const misspelt =
    (english: readonly string[], foreign: (language: Language) => readonly string[], locale?: string) =>
    (word: string): string | undefined => {
      if (known(word)) return closest(word, english);
      const language = languageOf(locale);
      const groups = [
        ...(language === 'en' ? [] : [foreign(language)]),
        english,
        ...LANGUAGES.filter((l) => l !== language).map(foreign),
      ];
      for (const group of groups) {
        const found = closest(word, group);
        if (found !== undefined) return found;
      }
      return undefined;
    };
  const targetsFor = (locale: string | undefined) =>
    misspelt(table.targets, (l) => table.foreignTargets[l], locale);
  const filterTargetsOf = (languages: ReadonlySet<Language>): readonly string[] =>
    languages.size === 0
      ? FILTER_TARGETS
      : [...FILTER_TARGETS, ...[...languages].flatMap((l) => lexicon.filterTargets[l])];
  const named = (kind: string): AnyCommandDefinition => {
    const found = commands.find((c) => c.kind === kind);
    if (!found) throw new Error(`no command "${kind}" is registered`);
    return found;
  };

  function parseCommand(text: string, now: Date = new Date(), locale?: string): ParseResult {
    try {
      return parse(typeof text === 'string' ? text : '', now, true, MAX_CORRECTIONS, locale);
    } catch {
      return fail({ message: problem('failed') });
    }
  }

  /** An order id not given yet, as `locale`'s language writes it in an example. */
  function orderIdPlaceholder(locale?: string): string {
    const language = languageOf(locale);
    return (language === 'en' ? undefined : spellers.get(language)?.spelling.orderId) ?? '<order-id>';
  }

  /** The command as text that parses back to it, in `locale`'s language when its words can write it. */
  function formatCommand(command: Command, locale?: string): string {
    const expected = canonical(command);
    const { grammar, languages } = named(command.kind);
    const language = languageOf(locale);
    const local = language === 'en' ? undefined : languages[language].format;
    const spell = language === 'en' ? undefined : spellers.get(language);
    if (local && spell) {
      for (const fields of QUOTE_SETS) {
        const text = local(command, (field, value) => (fields.includes(field) ? `"${value}"` : value), spell);
        const back = parse(text, new Date(0), false);
        if (back.ok && canonical(back.command) === expected) return text;
      }
    }
    for (const fields of QUOTE_SETS) {
      const text = grammar.format(command, (field, value) => (fields.includes(field) ? `"${value}"` : value));
      const back = parse(text, new Date(0), false);
      if (back.ok && canonical(back.command) === expected) return text;
    }
    return grammar.format(command, (_field, value) => `"${value}"`);
  }

  const verbOf: VerbOf = (token) =>
    token === undefined || token.quoted ? undefined : commandOfWord(token.key);
  const keywordVerbOf: VerbOf = (token) =>
    token === undefined || table.soft.has(token.key) ? undefined : verbOf(token);

  /** The first grammar that reads the whole message on its own terms (help). */
  function lead(
    input: Omit<LeadInput, 'verbOf' | 'keywordVerbOf' | 'verbNear' | 'format'>,
    targets: (word: string) => string | undefined,
    locale: string | undefined,
  ): ParseResult | undefined {
    const verbNear = (token: Token): CommandKind | undefined =>
      commandOfWord(token.key) ?? table.kindOf(targets(token.key) ?? '');
    const format = (command: Command) => formatCommand(command, locale);
    // One input for every grammar: each only reads it.
    const full: LeadInput = { ...input, verbOf, keywordVerbOf, verbNear, format };
    for (const { grammar } of table.byPrecedence) {
      const result = grammar.lead?.(full);
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
    locale?: string,
  ): ParseResult {
    const check: Check = withSuggestions
      ? Object.assign((t: string) => parse(t, now, false).ok, {
          // A corrected text that still fails: its own suggestion, one correction fewer (bounded recursion).
          further:
            corrections > 1
              ? (t: string) => {
                  const again = parse(t, now, true, corrections - 1, locale);
                  return again.ok ? t : again.problem.suggestion;
                }
              : undefined,
        })
      : undefined;
    if (text.length > MAX_INPUT) return fail({ message: problem('tooLong', { max: String(MAX_TEXT) }) });
    const targets = targetsFor(locale);
    const normalized = normalizeText(foldWidth(text));
    if (normalized.question)
      return (
        lead({ tokens: [], question: true, today: todayOf(now) }, targets, locale) ??
        fail({ message: problem('unknown') })
      );
    if (normalized.text === '') return fail({ message: problem('empty') });
    if (normalized.text.length > MAX_TEXT)
      return fail({ message: problem('tooLong', { max: String(MAX_TEXT) }) });
    const translation = translate(tokenize(segment(normalized.text, lexicon.unspaced)));
    const tokens = stripFillers(translation.tokens, isVerb);
    if (tokens.length === 0) return fail({ message: problem('unknown') });

    const early = lead({ tokens, question: false, today: todayOf(now) }, targets, locale);
    if (early) return early;

    const found = findShape(tokens);
    // No verb: a misspelt one is offered ("ordrs" → orders); none near at all gets the generic hint.
    if (found === undefined)
      return typoProblem(tokens, [], targets, check, table.kindOf) ?? fail({ message: problem('unknown') });
    const { kind: topic, shape } = found;
    const used = shape.used;
    const collected = collect(scanClauses({ tokens, used, today: todayOf(now), isVerb }));
    if ('error' in collected) return fail({ message: collected.error, topic });

    // "subscritions for order X for contoso": a misspelt verb that is noticed beside another command's verb.
    for (const command of table.byPrecedence) {
      const targets = noticed(command, locale);
      if (command.kind === topic || !targets) continue;
      const typo = typoProblem(tokens, used, targets, check, table.kindOf);
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
      typo: (targets) => typoProblem(tokens, used, targets, check, table.kindOf),
      format: (command) => formatCommand(command, locale),
      orderIdPlaceholder: orderIdPlaceholder(locale),
      filterTargets: filterTargetsOf(translation.languages),
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
