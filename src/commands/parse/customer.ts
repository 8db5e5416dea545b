// The customer is what is left once the verb, the id and every clause are taken: one run of adjacent
// words, without prepositions at its edges ("for", "of", …), a trailing possessive or surrounding quotes.
import { closest } from '../../text/edit-distance';
import { joinWords, stripQuotes, type Token } from './tokenize';
import { EDGE_PREPOSITIONS, FILTER_TARGETS, NOISE } from './vocabulary';

const POSSESSIVE = /(?:['\u2019]s|(?<=s)['\u2019])$/i;
const TRAILING_SEPARATORS = /[,;:]+$/;
const PLAIN_WORD = /^[a-z]{5,}$/;

function isEdgeWord(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && EDGE_PREPOSITIONS.has(token.key);
}

/** Each run of leftover words as token indices, edges trimmed, noise-only runs dropped. */
export function leftoverRuns(tokens: readonly Token[], used: readonly boolean[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const flush = (): void => {
    while (run.length > 0 && isEdgeWord(tokens[run[0] ?? -1])) run.shift();
    while (run.length > 0 && isEdgeWord(tokens[run[run.length - 1] ?? -1])) run.pop();
    const noise = run.every((j) => {
      const t = tokens[j];
      return (
        t !== undefined && !t.quoted && (NOISE.has(t.key) || EDGE_PREPOSITIONS.has(t.key) || t.key === '')
      );
    });
    if (!noise) runs.push(run);
    run = [];
  };
  for (let j = 0; j < tokens.length; j++) {
    if (used[j]) flush();
    else run.push(j);
  }
  flush();
  return runs;
}

/** The customer text of a run: as typed, minus surrounding quotes or a trailing possessive. */
export function customerText(tokens: readonly Token[], run: readonly number[]): string {
  const text = joinWords(run.map((j) => tokens[j]?.raw ?? ''))
    .replace(TRAILING_SEPARATORS, '')
    .trim();
  const unquoted = stripQuotes(text);
  if (unquoted !== text) return unquoted.trim();
  return text.replace(POSSESSIVE, '').trim();
}

/**
 * A word at either edge of a customer of two or more words that is one edit (5–6 letters) or two edits
 * (7+ letters) from a billing cycle, status, "refresh" or "yesterday" (`targets`: also those of the message's
 * language, "mensias"): most likely a misspelt filter.
 */
export function misspeltEdge(
  tokens: readonly Token[],
  run: readonly number[],
  targets: readonly string[] = FILTER_TARGETS,
): { index: number; word: string; target: string } | undefined {
  if (run.length < 2) return undefined;
  for (const index of [run[0], run[run.length - 1]]) {
    const token = index === undefined ? undefined : tokens[index];
    if (index === undefined || token === undefined || token.quoted || !PLAIN_WORD.test(token.key)) continue;
    const target = closest(token.key, targets);
    if (target !== undefined) return { index, word: token.raw, target };
  }
  return undefined;
}
