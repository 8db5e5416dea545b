// Small pure helpers for display strings.

/** Shown for a value that is absent. */
export const MISSING = '—';

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function fmt(template: string, vars: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, article: string | undefined, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return article ? `${elided(article, value)}${value}` : value;
  });
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
