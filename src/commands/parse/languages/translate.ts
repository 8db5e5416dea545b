// A message's words in the other languages → the English words the parser reads, token by token, keeping
// what was typed as each token's `raw` (names, ids and "Did you mean" texts stay as typed). Which sense a
// word has depends on where it stands:
// - command words, statuses, billing cycles, dates and filter words are read wherever they stand, and mark
//   the message as written in their language;
// - in a marked message only: day and month names and "clientes"; a date preposition ("desde", "da") right
//   before a date; fillers and articles, "com"/"con"/"e" anywhere; connectors ("de", "di", "para", 为) beside
//   a command word, a filter or an order id, never between two words of a name ("Banco da Terra"); Chinese
//   "A 的 B" (A's B) becomes "B for A".
// A foreign word that is also an English keyword ("no", "a") is read as foreign only in a marked message, and
// a message that no word marks is left exactly as it was.
import { MONTHS, WEEKDAYS } from '../vocabulary';
import { idAfter, orderIdOf } from '../order-id';
import type { Token } from '../tokenize';
import { MARKING, type Category, type Lexicon, type Sense } from './lexicon';
import type { Language } from './types';

export interface Translation {
  tokens: Token[];
  /** The languages whose words marked the message (empty: English, untouched). */
  languages: ReadonlySet<Language>;
}

/** What the translator needs to know of English. */
export interface EnglishWords {
  /** A command word or a filter keyword: a connector beside it is read as one. */
  isAnchor(key: string): boolean;
  /** Any word the English parser reads (a foreign word spelt alike waits for a marked message). */
  isReserved(key: string): boolean;
}

interface Candidate {
  phrase: string;
  length: number;
  senses: readonly Sense[];
}

interface Out {
  token: Token;
  /** A connector beside it is read as one. */
  anchor: boolean;
  /** Read from a foreign word (not a name's word, not an id). */
  translated: boolean;
  /** Where it was read from; 'english' for a command word or filter typed in English. */
  category?: Category | 'english';
  possessive?: true;
  date?: true;
}

/** What "A 的 B" may own as B: command words and the words that qualify them ("月度订单"). */
const OWNED: ReadonlySet<Category | 'english'> = new Set([
  'command',
  'beforeId',
  'statuses',
  'cycles',
  'dates',
  'english',
]);

const ORDER = ['beforeId', 'command', 'statuses', 'cycles', 'dates', 'filters', 'names'] as const;
const LATER: readonly Category[] = [
  'datePrepositions',
  'dateGlue',
  'postpositions',
  'connectors',
  'possessives',
  'fillers',
];
const SENSE_ORDER: readonly Category[] = [...ORDER, ...LATER];
const NUMBER = /^\d{1,6}$/;
const DAY_NUMBER = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const DATE_TOKEN = /^\d{4}(?:[-/.]\d{1,2}){0,2}$/;
const ENGLISH_DATE_WORDS = new Set(['today', 'yesterday', 'last', 'past', 'this']);
/** Connectors that act anywhere in a marked message ("com preços", "contoso e northwind"). */
const FREE_CONNECTORS = new Set(['with', 'and']);
const ORDER_WORDS = new Set(['order', 'orders']);

export function createTranslator(
  lexicon: Lexicon,
  english: EnglishWords,
): (tokens: readonly Token[]) => Translation {
  return (input) => {
    if (!input.some((t) => !t.quoted && lexicon.words.has(t.key.replace(/^[^']*'/, '')))) {
      return { tokens: [...input], languages: new Set() };
    }
    const tokens = splitElisions(input, lexicon);
    const keyAt = (j: number): string | undefined => {
      const t = tokens[j];
      return t === undefined || t.quoted ? undefined : t.key;
    };
    const memo = new Map<number, Candidate[]>();
    const candidates = (j: number): Candidate[] => {
      let found = memo.get(j);
      if (found) return found;
      found = [];
      const first = keyAt(j);
      for (const length of first === undefined ? [] : (lexicon.lengths.get(first) ?? [])) {
        const words: string[] = [];
        for (let k = j; k < j + length; k++) {
          const key = keyAt(k);
          if (key === undefined) break;
          words.push(key);
        }
        if (words.length < length) continue;
        const phrase = words.join(' ');
        const numbered = words.map((w) => (NUMBER.test(w) ? '#' : w)).join(' ');
        const senses = lexicon.senses.get(phrase) ?? lexicon.senses.get(numbered);
        if (senses) found.push({ phrase, length, senses });
      }
      memo.set(j, found);
      return found;
    };
    const isMonth = (key: string | undefined): boolean => key !== undefined && MONTHS.has(key);
    const monthAt = (j: number): boolean =>
      isMonth(keyAt(j)) ||
      candidates(j).some((c) => c.senses.some((s) => s.category === 'names' && isMonth(s.english[0])));
    const glueAt = (j: number): boolean =>
      candidates(j).some((c) => c.senses.some((s) => s.category === 'dateGlue'));
    const isDateStart = (j: number): boolean => {
      const key = keyAt(j);
      if (key === undefined) return false;
      if (DATE_TOKEN.test(key) || ENGLISH_DATE_WORDS.has(key) || MONTHS.has(key) || WEEKDAYS.has(key))
        return true;
      if (DAY_NUMBER.test(key)) return monthAt(j + 1) || (glueAt(j + 1) && monthAt(j + 2));
      return candidates(j).some((c) =>
        c.senses.some((s) => s.category === 'dates' || (s.category === 'names' && isDateWord(s.english[0]))),
      );
    };
    // "订单 <id>", "订单 ID <id>" is one order; "订单 2018-04-01 之前" the orders before a day.
    const idNext = (j: number): boolean => {
      const found = idAfter(tokens, j - 1);
      return found !== undefined && !DATE_TOKEN.test(found.id);
    };

    // Which languages mark the message.
    const languages = new Set<Language>();
    for (let j = 0; j < tokens.length; j++) {
      for (const c of candidates(j)) {
        for (const s of c.senses) {
          const marks =
            (MARKING.has(s.category) && !s.nearEnglish && !english.isReserved(c.phrase)) ||
            (s.category === 'beforeId' && idNext(j + c.length));
          if (marks) languages.add(s.language);
        }
      }
    }
    const marked = languages.size > 0;

    const out: Out[] = [];
    const applies = (s: Sense, c: Candidate, i: number): boolean => {
      const next = i + c.length;
      const free = marked || (!english.isReserved(c.phrase) && !s.nearEnglish);
      const before = out[out.length - 1];
      switch (s.category) {
        case 'beforeId':
          return idNext(next);
        case 'command':
        case 'statuses':
        case 'cycles':
        case 'dates':
        case 'filters':
          return free;
        case 'names':
          return marked;
        case 'datePrepositions':
          return marked && isDateStart(next);
        case 'dateGlue':
          return (
            marked &&
            ((DAY_NUMBER.test(before?.token.key ?? '') && monthAt(next)) ||
              (isMonth(before?.token.key) && YEAR.test(keyAt(next) ?? '')))
          );
        case 'postpositions':
          return before?.date === true;
        case 'connectors':
          return (
            marked &&
            (FREE_CONNECTORS.has(s.english[0] ?? '') ||
              before === undefined ||
              before.anchor ||
              anchorAt(next))
          );
        case 'possessives':
        case 'fillers':
          return marked;
      }
    };
    const anchorAt = (j: number): boolean => {
      const key = keyAt(j);
      if (key === undefined) return false;
      return (
        english.isAnchor(key) ||
        isDateStart(j) ||
        candidates(j).some((c) => c.senses.some((s) => MARKING.has(s.category)))
      );
    };

    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      const pick = token.quoted ? undefined : choose(candidates(i), (s, c) => applies(s, c, i));
      if (pick === undefined) {
        const previous = out[out.length - 1]?.token.key;
        const id = orderIdOf(token, ORDER_WORDS.has(previous ?? ''));
        const word = !token.quoted && english.isAnchor(token.key);
        // A day after its month ("3月 31") is part of that date.
        const dayOfMonth = DAY_NUMBER.test(token.key) && isMonth(out[out.length - 1]?.token.key);
        const date = !token.quoted && (DATE_TOKEN.test(token.key) || isDateWord(token.key) || dayOfMonth);
        out.push({
          token,
          anchor: word || (!token.quoted && id !== undefined),
          translated: false,
          ...(word ? { category: 'english' as const } : date ? { category: 'dates' as const } : {}),
          ...(date ? { date: true as const } : {}),
        });
        i++;
        continue;
      }
      const { sense, candidate } = pick;
      const span = tokens.slice(i, i + candidate.length);
      i += candidate.length;
      if (sense.category === 'dateGlue') {
        absorb(out, span);
        continue;
      }
      if (sense.category === 'postpositions') {
        // "2018-01-01 和 2018-03-31 之间": English says "between" before the first of the two dates.
        const last = dateStart(out, out.length - 1);
        const range =
          sense.english[0] === 'between' && out[last - 1]?.token.key === 'and' && out[last - 2]?.date;
        const date = range ? dateStart(out, last - 2) : last;
        const word = { ...translated(span, sense.english, true)[0]!, category: sense.category };
        const before = out[date - 1]?.token.key;
        if (before === sense.english[0]) absorb(out, span);
        // "在 … 之间": the "in" of 在 is the range's own "between".
        else if (range && before === 'in')
          out[date - 1] = {
            ...word,
            token: { ...word.token, raw: `${out[date - 1]!.token.raw} ${word.token.raw}` },
          };
        else out.splice(date, 0, word);
        continue;
      }
      if (sense.category === 'possessives') {
        out.push({
          token: { raw: joined(span), key: joined(span).toLowerCase(), quoted: false },
          anchor: false,
          translated: false,
          possessive: true,
        });
        continue;
      }
      const anchor =
        MARKING.has(sense.category) || sense.category === 'beforeId' || sense.category === 'datePrepositions';
      // "pedidos de março de 2018", "ordini di oggi": "of" a period is "in" it (i is past the span).
      const words =
        sense.category === 'connectors' && sense.english[0] === 'for' && isDateStart(i)
          ? ['in']
          : sense.english;
      const entries = translated(span, words, anchor);
      for (const e of entries) e.category = sense.category;
      if (sense.category === 'dates' || (sense.category === 'names' && isDateWord(sense.english[0])))
        for (const e of entries) e.date = true;
      out.push(...entries);
    }
    possessives(out);
    return { tokens: out.map((o) => o.token), languages };
  };
}

function isDateWord(key: string | undefined): boolean {
  return key !== undefined && (MONTHS.has(key) || WEEKDAYS.has(key) || ENGLISH_DATE_WORDS.has(key));
}

function choose(
  candidates: readonly Candidate[],
  applies: (sense: Sense, candidate: Candidate) => boolean,
): { sense: Sense; candidate: Candidate } | undefined {
  for (const candidate of candidates) {
    for (const category of SENSE_ORDER) {
      const sense = candidate.senses.find((s) => s.category === category);
      if (sense !== undefined && applies(sense, candidate)) return { sense, candidate };
    }
  }
  return undefined;
}

function joined(span: readonly Token[]): string {
  return span.map((t) => t.raw).join(' ');
}

/**
 * The English words over the tokens typed: word for word where the counts agree; otherwise the last English
 * word takes the rest of what was typed, and English words beyond what was typed have no raw text.
 */
function translated(span: readonly Token[], words: readonly string[], anchor: boolean): Out[] {
  const numbers = span.filter((t) => NUMBER.test(t.key)).map((t) => t.key);
  return words.map((word, k) => {
    const last = k === words.length - 1;
    const raw = k >= span.length ? '' : last ? joined(span.slice(k)) : (span[k]?.raw ?? '');
    const key = word === '#' ? (numbers.shift() ?? word) : word;
    return { token: { raw, key, quoted: false }, anchor, translated: true };
  });
}

/** Where the date that ends at `end` starts: its words ("last week monday", "march 31") are one date. */
function dateStart(out: readonly Out[], end: number): number {
  let start = end;
  while (start > 0 && out[start - 1]?.date) start--;
  return start;
}

/** A dropped word's text goes with the word before it (so "Did you mean" texts keep it). */
function absorb(out: Out[], span: readonly Token[]): void {
  const before = out[out.length - 1];
  if (before) before.token = { ...before.token, raw: `${before.token.raw} ${joined(span)}` };
}

/** Chinese "A 的 B" (A's B: "contoso 的订单", "订单 <id> 的订阅") → "B for A". */
function possessives(out: Out[]): void {
  const isFree = (o: Out | undefined): boolean =>
    o !== undefined && !o.translated && !o.possessive && o.category === undefined;
  const isId = (o: Out | undefined): boolean =>
    isFree(o) && o !== undefined && orderIdOf(o.token, true) !== undefined;
  for (let k = 0; k < out.length; k++) {
    const marker = out[k]!;
    if (!marker.possessive) continue;
    let a = k;
    while (a > 0 && isFree(out[a - 1])) a--;
    // "订单 <id> 的订阅": the order's subscriptions.
    if (k - a === 1 && isId(out[a]) && ORDER_WORDS.has(out[a - 1]?.token.key ?? '')) a--;
    let b = k + 1;
    while (b < out.length && OWNED.has(out[b]!.category ?? 'connectors')) b++;
    // "contoso 的订单 <id>": the customer's order.
    if (b > k + 1 && ORDER_WORDS.has(out[b - 1]!.token.key) && isId(out[b])) b++;
    if (a < k && b > k + 1) {
      const connector: Out = {
        token: { ...marker.token, key: 'for' },
        anchor: false,
        translated: true,
        category: 'connectors',
      };
      out.splice(a, b - a, ...out.slice(k + 1, b), connector, ...out.slice(a, k));
      k = b - 1;
    } else if (b > k + 1 || a === k) {
      out.splice(k, 1);
      const near = out[k - 1] ?? out[k];
      if (near)
        near.token = {
          ...near.token,
          raw: k > 0 ? `${near.token.raw} ${marker.token.raw}` : `${marker.token.raw} ${near.token.raw}`,
        };
      k--;
    } else {
      marker.possessive = undefined;
    }
  }
}

/** Italian "dell'ordine" → "dell'" "ordine", when the rest is a word of the tables ("dell'Orto" stays). */
function splitElisions(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  if (lexicon.elisions.size === 0) return [...tokens];
  return tokens.flatMap((t) => {
    if (t.quoted) return [t];
    const apostrophe = t.key.indexOf("'");
    if (apostrophe < 1 || apostrophe === t.key.length - 1) return [t];
    const head = t.key.slice(0, apostrophe + 1);
    const rest = t.key.slice(apostrophe + 1);
    const cut = t.raw.search(/['\u2018\u2019`]/) + 1;
    if (!lexicon.elisions.has(head) || !lexicon.words.has(rest) || cut <= 0) return [t];
    return [
      { raw: t.raw.slice(0, cut), key: head, quoted: false },
      { raw: t.raw.slice(cut), key: rest, quoted: false },
    ];
  });
}
