// Names compared the way people type them: case, accents, apostrophes, punctuation and doubled spaces do not
// matter ("Café  O'Brien S.A." and "cafe obrien s a" are the same words). Used by the customer directory.

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019`\u00b4]/g;
const APOSTROPHE = /['\u2019`\u00b4]/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The words of `text`, lowercase, without accents or apostrophes ("O'Brien & Sons" → obrien, sons). */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(NOT_WORD)
    .filter((w) => w !== '');
}

/**
 * A name as it is searched: its folded text, and the words it may be typed with (its folded words, and the
 * parts of those that held an apostrophe: "O'Brien" is obrien, and o and brien).
 */
export function foldName(name: string): { text: string; words: string[] } {
  const words = foldWords(name);
  const text = words.join(' ');
  if (!APOSTROPHE.test(name)) return { text, words: [...new Set(words)] };
  return { text, words: [...new Set([...words, ...foldWords(name.replace(APOSTROPHES, ' '))])] };
}

/** The folded words joined by single spaces: what names are compared and searched on. */
export function foldText(text: string): string {
  return foldWords(text).join(' ');
}
