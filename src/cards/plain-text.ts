// Untrusted text in cards: what users type and what Partner Center sends (names, domains, ids, enum values).
// TextBlock text and Fact titles/values are Markdown (bold, italic, links, lists) and hosts expand
// {{DATE(…)}}/{{TIME(…)}} in them, so such text could turn into a link or formatting. Every untrusted string
// goes through plainText() in the view models; backslash escapes are the CommonMark way to say "this
// character is text". Ids people copy are not escaped: they are TextRuns (common.ts idLine), which are not
// Markdown, since a client that shows the backslash would have it copied with the id.

import { truncate } from './text';

// Characters that start Markdown anywhere in a line: escapes, emphasis, links/images, code, autolinks and
// HTML, strikethrough. `(`/`)` need no escape once `[`/`]` are escaped. An `_` between letters or digits
// (Reserved_VM_Instance, order ids) cannot be emphasis in CommonMark and is left alone.
const INLINE = /[\\*[\]`<~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// At the start of a line: headings, quotes, list items ("- x", "+ x", "1. x", "1) x"), rules ("---").
const LINE_START = /^(\s?)(?:([#>+=-])|(\d{1,9})([.)])(?=\s|$))/;
// "&amp;" and "&#60;" would be decoded into another character.
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
const BREAKS = /\s+/g;

// Most names and ids have none of the above: they are returned as they are, after one test.
const ANY_SPECIAL = /[\\*[\]`<~&{$]|[^\S ]| {2}|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;

/** `text` as literal text for a TextBlock or a Fact, on one line. */
export function plain(text: string): string {
  if (!ANY_SPECIAL.test(text) && !LINE_START.test(text)) return text;
  const escaped = text
    .replace(BREAKS, ' ')
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    // Date/time functions and template expressions stop being ones with `{` escaped.
    .replace(/\{\{/g, '{\\{')
    .replace(/\$\{/g, '$\\{');
  return escaped.replace(
    LINE_START,
    (_m, space: string, marker: string | undefined, digits: string, dot: string) =>
      marker ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}

/**
 * `text` as literal text in the middle of a line ("Subscriptions of order 9qg-ErcO…"): a `-` or `1.` there
 * starts no list, so only inline Markdown is escaped, and an id such as "-LD7u…" is shown without a backslash.
 */
export function plainInline(text: string): string {
  if (!ANY_SPECIAL.test(text)) return text;
  // After a punctuation mark no line-start rule applies, and `_` is escaped as it would be after a space.
  return plain(`\u00b7${text}`).slice(1);
}

/**
 * For a TextRun, which is not Markdown, so nothing is escaped and an id in it is copied exactly: one line, cut
 * to `max`. TextRuns still expand {{DATE(…)}} and `${…}`; a word joiner keeps such text as it came.
 */
export function plainRun(text: string, max: number): string {
  return plainLabel(text, max).replace(/\{\{/g, '{\u2060{');
}

/** Cut to `max` characters, then escaped (so an escape is never cut in half). */
export function plainText(text: string, max: number): string {
  return plain(truncate(text, max));
}

/**
 * For a button title, which is not Markdown: one line, cut to `max`. A word joiner keeps `${` from reading
 * as a template expression, should anything expand the card again.
 */
export function plainLabel(text: string, max: number): string {
  return truncate(text.replace(BREAKS, ' '), max).replace(/\$\{/g, '$\u2060{');
}
