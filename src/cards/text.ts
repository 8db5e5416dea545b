// Small pure helpers for display strings.

/** Shown for a value that is absent. */
export const MISSING = '—';

/**
 * Replaces `{name}` placeholders; unknown names are left as they are. In a Chinese sentence, a value that starts
 * or ends with a Latin letter (a customer's name, an offer) is set off from the Chinese next to it by a space,
 * as the tables write "订单 {order}": "Contoso 未来 30 天的续订", not "Contoso未来 30 天的续订". Numbers keep
 * what the table and Intl write ("5分钟前").
 */
export function fmt(template: string, vars: Record<string, string>): string {
  return template.replace(
    PLACEHOLDER,
    (whole, article: string | undefined, name: string, at: number, text: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      const before = isHan(text.charCodeAt(at - 1)) && isLatin(value.codePointAt(0)) ? ' ' : '';
      const after =
        isHan(text.charCodeAt(at + whole.length)) && isLatin(value.codePointAt(value.length - 1)) ? ' ' : '';
      return `${before}${article ? elided(article, value) : ''}${value}${after}`;
    },
  );
}

// Most neighbours are ASCII: the Unicode script tests only run for the others (fmt runs ~50 times per card).
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const FIRST_HAN = 0x2e80;

function isHan(code: number): boolean {
  // NaN (no character there) compares false.
  return code >= FIRST_HAN && HAN.test(String.fromCharCode(code));
}

function isLatin(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LATIN.test(String.fromCodePoint(code));
}

/** A placeholder, with the Italian article written before it in the template, if any ("il {date}"). */
const PLACEHOLDER = /(\b(?:[Ii]l|[Dd]al|[Aa]l|[Dd]el|[Nn]el) )?\{(\w+)\}/g;
const ELIDED: Readonly<Record<string, string>> = {
  il: "l'",
  dal: "dall'",
  al: "all'",
  del: "dell'",
  nel: "nell'",
};

/**
 * Italian elides the article before a number said with a vowel (otto, undici…): "l'11 feb", "dall'8 marzo",
 * "all'80 %", not "il 11", "dal 8" (but "il 110", "il 18"). Only an article the template itself writes before a
 * placeholder is looked at, and those words are Italian's alone.
 */
function elided(article: string, value: string): string {
  if (!/^(?:8|11(?:$|[^\d]))/.test(value)) return article;
  const word = ELIDED[article.trim().toLowerCase()]!;
  return article[0] === article[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Cuts text longer than `max` characters, ending it with '…' (never splits a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

/** First 8 characters and '…' for display; the full id is shown on the detail card. */
export function shortId(id: string): string {
  return id.length > 9 ? id.slice(0, 8) + '…' : id;
}

/** Own-property lookup, so values such as "constructor" from an open enum never hit the prototype. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
