// Drops politeness and lead-ins around a command: "hey, can you show me the orders of contoso please".
import { startsClause } from './clauses';
import type { Token } from './tokenize';
import { ARTICLES, LEADING_FILLERS, TRAILING_FILLERS } from './vocabulary';

const PUNCTUATION_ONLY = /^[,;:!?.\-–—]+$/;

function startsWith(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[at + k]?.key === word);
}

function endsWith(tokens: readonly Token[], end: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[end - phrase.length + k]?.key === word);
}

export function stripFillers(tokens: readonly Token[], isVerb: (key: string) => boolean): Token[] {
  let start = 0;
  let end = tokens.length;
  const used: boolean[] = [];
  for (let changed = true; changed && start < end;) {
    changed = false;
    const key = tokens[start]?.key ?? '';
    if (PUNCTUATION_ONLY.test(key)) {
      start++;
      changed = true;
      continue;
    }
    const phrase = LEADING_FILLERS.find((p) => p.length <= end - start && startsWith(tokens, start, p));
    if (phrase) {
      start += phrase.length;
      changed = true;
    } else if (ARTICLES.has(key) && start + 1 < end) {
      // "the orders of …", "all monthly orders …" but not "the phone company orders".
      const next = tokens[start + 1]?.key ?? '';
      const ctx = { tokens, used, today: undefined, isVerb };
      if (isVerb(next) || ARTICLES.has(next) || startsClause(ctx, start + 1)) {
        start++;
        changed = true;
      }
    }
  }
  for (let changed = true; changed && start < end;) {
    changed = false;
    if (PUNCTUATION_ONLY.test(tokens[end - 1]?.key ?? '')) {
      end--;
      changed = true;
      continue;
    }
    const phrase = TRAILING_FILLERS.find((p) => p.length <= end - start && endsWith(tokens, end, p));
    if (phrase) {
      end -= phrase.length;
      changed = true;
    }
  }
  return tokens.slice(start, end);
}
