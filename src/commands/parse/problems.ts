// Problem results and the "Did you mean …?" helpers. A suggestion is only ever offered when it parses to
// a command: callers pass `check` for that, or undefined while checking (so checking never recurses).
import { en } from '../../cards/strings/en';
import type { CommandKind, ParseProblem, ParseResult } from '../command';
import { closest } from '../../text/edit-distance';
import { problem, renderProblem } from './messages';
import { joinRaw, type Token } from './tokenize';

/**
 * Whether a text parses. `further` (when set) works out the suggestion for a corrected text that still does
 * not parse, so a second typo in the same message is corrected too ("ordrs for contoso montly").
 */
export type Check =
  (((text: string) => boolean) & { further?: (text: string) => string | undefined }) | undefined;

/** A failed parse: the message (with the English rendering as `hint`), and a suggestion and topic if any. */
export function fail(given: Omit<ParseProblem, 'hint'>): ParseResult {
  const clean: ParseProblem = { message: given.message, hint: renderProblem(en, given.message) };
  if (given.suggestion !== undefined) clean.suggestion = given.suggestion;
  if (given.topic !== undefined) clean.topic = given.topic;
  return { ok: false, problem: clean };
}

/** A user's words quoted in a hint, cut short so a pasted essay doesn't come back whole. */
export function quoteForHint(text: string): string {
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : text;
}

export function suggest(text: string, check: Check): string | undefined {
  if (!check) return undefined;
  return check(text) ? text : check.further?.(text);
}

function replaced(tokens: readonly Token[], index: number, word: string): string {
  return joinRaw(tokens.map((t, j) => (j === index ? { ...t, raw: word } : t)));
}

/** Spellings a word is compared with, or how to find the one it is a misspelling of. */
export type TypoTargets = readonly string[] | ((word: string) => string | undefined);

/**
 * The first token (not skipped) within 1–2 edits of one of `targets` ("ordrs" → orders), as a problem
 * offering the corrected text when that parses.
 */
export function typoProblem(
  tokens: readonly Token[],
  skip: readonly boolean[],
  targets: TypoTargets,
  check: Check,
  kindOf: (word: string) => CommandKind | undefined,
): ParseResult | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (skip[i] || token === undefined || token.quoted) continue;
    const target = typeof targets === 'function' ? targets(token.key) : closest(token.key, targets);
    if (target === undefined) continue;
    const suggestion = suggest(replaced(tokens, i, target), check);
    const seeHelp = !suggestion && check !== undefined;
    return fail({
      message: problem(seeHelp ? 'typoSeeHelp' : 'typo', { word: quoteForHint(token.raw), target }),
      suggestion,
      topic: kindOf(target),
    });
  }
  return undefined;
}

export function misspeltFilterProblem(
  tokens: readonly Token[],
  typo: { index: number; word: string; target: string },
  customer: string,
  check: Check,
): ParseResult {
  const word = quoteForHint(typo.word);
  return fail({
    topic: 'orders',
    message: problem('misspeltFilter', { target: typo.target, word, customer: quoteForHint(customer) }),
    suggestion: suggest(replaced(tokens, typo.index, typo.target), check),
  });
}
