// What a native reader of each language would catch on a card, as checks over the text a card shows.
//
// Exempt everywhere: data as Partner Center sent it (customer and product names, ids: see world.ts), text in
// monospace (command syntax on the help card: what a person types) and text in quotation marks (what the person
// typed, or an example to type). What remains must be the language's own words: an English word there is one
// of the words of the bot's English tables (so "watch pending orders" is caught) that the ALLOW list below does
// not name. The list stays small: names Microsoft keeps untranslated in that language, and words both languages
// spell alike.

import { languageOf, pickStrings } from '../../../src/cards/strings';
import { ACROSS_TEXTS } from '../../../src/commands/shared/across/texts';
import { ID_LOOKUP_TEXTS } from '../../../src/commands/shared/id-lookup/texts';
import { watchTexts } from '../../../src/commands/shared/watch/texts';
import { verbs } from '../../../src/commands/parse';
import { COMMANDS } from '../../../src/commands/registry';
import { cardObjects } from '../card-fixtures';

/** Words allowed in every language: names Microsoft does not translate, units, abbreviations. */
const ALLOW_ALL = ['partner', 'center', 'microsoft', 'teams', 'azure', 'utc', 'id', 'ids', 'mpn'];

/** Words of each language that are also English words (or that Microsoft uses untranslated there). */
const ALLOW: Readonly<Record<string, readonly string[]>> = {
  'pt-BR': [...ALLOW_ALL, 'status', 'total', 'data', 'bot', 'chat', 'sandbox', 'upgrade', 'via'],
  'zh-CN': [...ALLOW_ALL],
  it: [...ALLOW_ALL, 'per', 'date', 'bot', 'chat', 'tenant', 'provisioning', 'sandbox', 'demo', 'app', 'via'],
};

const allowed = (locale: string): readonly string[] => ALLOW[languageOf(locale)] ?? ALLOW_ALL;

/** A piece of text a card shows, and how it shows it. */
export interface Shown {
  text: string;
  role: 'heading' | 'text' | 'button' | 'fact';
  /** Monospace: command syntax, what a person types. */
  code: boolean;
}

const HEADING_SIZES = new Set(['Large', 'ExtraLarge', 'Medium']);

/** Every text the card shows (a RichTextBlock as its runs joined, its monospace runs left out). */
export function shownTexts(card: unknown): Shown[] {
  const out: Shown[] = [];
  for (const o of cardObjects(card)) {
    const nbsp = (v: string) => v.replace(/[\u00a0\u202f]/g, ' ');
    if (o.type === 'TextBlock' && typeof o.text === 'string') {
      const heading = HEADING_SIZES.has(String(o.size)) || o.weight === 'Bolder';
      out.push({ text: nbsp(o.text), role: heading ? 'heading' : 'text', code: o.fontType === 'Monospace' });
    } else if (o.type === 'RichTextBlock' && Array.isArray(o.inlines)) {
      const runs = o.inlines as { text?: string; fontType?: string }[];
      const text = runs.map((r) => (r.fontType === 'Monospace' ? ' ' : (r.text ?? ''))).join('');
      out.push({ text: nbsp(text), role: 'text', code: false });
    } else if (o.type === 'FactSet' && Array.isArray(o.facts)) {
      for (const f of o.facts as { title?: string; value?: string }[])
        for (const v of [f.title, f.value])
          if (typeof v === 'string') out.push({ text: nbsp(v), role: 'fact', code: false });
    } else if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
      out.push({ text: nbsp(o.title), role: 'button', code: false });
    }
  }
  return out;
}

const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|「[^」]*」|‘[^’]*’/g;
/** A token: letters, digits and the marks inside ids and domains; a word is a token of Latin letters only. */
const TOKEN = /[\p{L}\p{N}_](?:[\p{L}\p{N}_.'’-]*[\p{L}\p{N}_])?/gu;
const LATIN_WORD = /^\p{Script=Latin}(?:[\p{Script=Latin}'’-]*\p{Script=Latin})?$/u;

/** The words of a text (ids, numbers, domains and mixed tokens are not words). */
function words(text: string): string[] {
  return (text.match(TOKEN) ?? []).filter((t) => LATIN_WORD.test(t));
}

/** Markdown escapes: a client shows "9qg-ErcO\\_" as "9qg-ErcO_". */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;

/** The text as it reads, without what is exempt: quotations (left as empty quotes) and code (left out whole). */
export function ownText(shown: Shown): string {
  return shown.code ? '' : shown.text.replace(ESCAPED, '$1').replace(QUOTED, '“”');
}

/** The bot's English words: every word of its English tables, lower-cased, three letters or more. */
export function englishVocabulary(): Set<string> {
  const vocabulary = new Set<string>();
  const add = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const w of words(node.replace(/\{\w+\}/g, ' ')))
        if (w.length >= 3) vocabulary.add(w.toLowerCase().replace(/['’]s$/, ''));
    } else if (node && typeof node === 'object') Object.values(node).forEach(add);
  };
  add(pickStrings('en'));
  for (const c of COMMANDS) add(c.strings.en);
  add(ACROSS_TEXTS.en);
  add(ID_LOOKUP_TEXTS.en);
  add(watchTexts('en'));
  return vocabulary;
}

const intl = new Map<string, Set<string>>();

/** The words Intl writes in dates for `locale` (month and weekday names, "de"): the language's own. */
function intlWords(locale: string): Set<string> {
  let found = intl.get(locale);
  if (!found) {
    found = new Set();
    for (let m = 0; m < 12; m++)
      for (const month of ['long', 'short'] as const) {
        const at = Date.UTC(2026, m, 2 + m, 16, 21);
        const parts = new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
        })
          .formatToParts(at)
          .concat(
            new Intl.DateTimeFormat(locale, { month, weekday: 'long', timeZone: 'UTC' }).formatToParts(at),
          );
        for (const part of parts) for (const w of words(part.value)) found.add(w.toLowerCase());
      }
    intl.set(locale, found);
  }
  return found;
}

/** Data values by each Latin word in them, to tell a word of a name from a word of the bot's. */
export class DataWords {
  private readonly byWord = new Map<string, string[]>();
  readonly tokens = new Set<string>();

  constructor(values: Iterable<string>) {
    // An id is also shown shortened, as its first 8 characters ("9qg-ErcO…").
    const all = [...values].flatMap((v) => (/\s/.test(v) || v.length < 10 ? [v] : [v, v.slice(0, 8)]));
    for (const value of all)
      for (const w of words(value)) {
        const key = w.toLowerCase();
        this.tokens.add(key);
        const list = this.byWord.get(key);
        if (!list) this.byWord.set(key, [value]);
        else if (list.length < 50) list.push(value);
      }
  }

  /** `word` (found in `text`) is part of a data value written in `text`. */
  covers(word: string, text: string): boolean {
    return (this.byWord.get(word.toLowerCase()) ?? []).some((value) => text.includes(value));
  }
}

/** English words left in a non-English text. */
export function englishWords(
  text: string,
  locale: string,
  vocabulary: ReadonlySet<string>,
  data: DataWords,
): string[] {
  const allow = new Set([...allowed(locale), ...intlWords(locale)]);
  return words(text).filter((w) => {
    const key = w.toLowerCase();
    if (allow.has(key) || !vocabulary.has(key.replace(/['’]s$/, ''))) return false;
    return !data.covers(w, text);
  });
}

/** In Chinese: Latin words that are neither allowed nor data (an id, a product), whatever English they are. */
export function latinWords(text: string, data: DataWords): string[] {
  const allow = new Set(allowed('zh-CN'));
  return words(text).filter(
    (w) => w.length > 1 && !allow.has(w.toLowerCase()) && !data.tokens.has(w.toLowerCase()),
  );
}

const HAN = '\\p{Script=Han}';
/** ASCII punctuation beside a Chinese character, or a space between two (Chinese writes neither). */
const ZH_PROBLEMS: [RegExp, string][] = [
  [new RegExp(`${HAN}[,:;?!()]|[,:;?!()]\\s*${HAN}`, 'u'), 'ASCII punctuation beside Chinese'],
  [new RegExp(`${HAN}[“"]?\\s+[“"]?${HAN}`, 'u'), 'a space between Chinese words'],
  [
    new RegExp(`${HAN}\\s+[，。：；、（）]|[，。：；、（）]\\s+${HAN}`, 'u'),
    'a space beside full-width punctuation',
  ],
];

export function chineseProblems(text: string): string[] {
  return ZH_PROBLEMS.filter(([re]) => re.test(text)).map(([, what]) => what);
}

/** A date or time as a machine writes it (2026-12-02, 16:21:00Z), not formatted for a reader. */
const RAW_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{2}:\d{2}:\d{2}|\d{2}:\d{2}Z\b/;

export function rawDate(text: string): boolean {
  return RAW_DATE.test(text);
}

/** A placeholder or value left unfilled. */
const MISSING_KEY = /\{[A-Za-z]\w*\}|\$\{|\bundefined\b|\bNaN\b|\[object /;

export function missingKey(text: string): boolean {
  return MISSING_KEY.test(text);
}

/** The words a command starts with, in every language: English verbs and each language's command phrases. */
export function commandWords(): Set<string> {
  const found = new Set<string>([...verbs().keys()].map((w) => w.toLowerCase()));
  for (const c of COMMANDS)
    for (const language of Object.values(c.languages))
      for (const phrase of Object.keys(language.phrases)) found.add(phrase.split(' ')[0]!.toLowerCase());
  return found;
}

/** A heading or button that starts lower-case with a command word, as command text does ("watch pending orders"). */
export function startsLowerCase(text: string, data: DataWords, commands: ReadonlySet<string>): boolean {
  const first = words(text)[0];
  if (!first || !/^\p{Ll}/u.test(text.trim()) || !commands.has(first.toLowerCase())) return false;
  return !data.covers(first, text);
}
