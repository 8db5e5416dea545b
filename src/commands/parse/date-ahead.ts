// Date phrases that look ahead, for questions about what is coming (renewals): "in 30 days", "next 2 weeks",
// "this month" (today to its end), "next month", "next quarter", "before 2027-01-15", "until March", "from
// 2027-02-01 until 2027-02-28", in English, Portuguese ("nos próximos 30 dias", "mês que vem", "antes de …"),
// Italian ("entro 30 giorni", "il mese prossimo", "fino al …") and Chinese ("30天内", "下季度", "…之前").
// Read relative to an injected today, as UTC day numbers. Other languages' words are turned into English ones
// first (vocabulary.ts), so one small grammar reads them all. The past-looking phrases are date-phrases.ts.
import { problem, type ProblemMessage } from './messages';
import { absolute, dayOf, monthRange, mondayOf, partsOf, type DayRange } from './date-phrases';
import type { Token } from './tokenize';
import { AHEAD_WORDS, ZH_AHEAD_WORDS } from './vocabulary';

/**
 * What a look-ahead phrase asks: the next `within` days from whenever it is asked (today included, so "in 30
 * days" is today to today + 30), or days up to `until`, from `since` (absent: from today on).
 */
export type AheadPeriod = { within: number } | { since?: number; until: number };

export type AheadMatch = { period: AheadPeriod; next: number } | { error: ProblemMessage; next: number };

/** The longest look ahead one phrase may ask: three years (the longest term is triennial). */
export const MAX_AHEAD_DAYS = 1_100;
/** "from 2027-02-01" with no end: this many days from it. */
export const DEFAULT_AHEAD_DAYS = 30;

/** A word as the grammar reads it, and the index of the token after the one it came from. */
interface Word {
  key: string;
  end: number;
}

const IN_WORDS = new Set(['in', 'within', 'during', 'over', 'inside']);
const NEXT_WORDS = new Set(['next', 'coming', 'upcoming']);
const UNTIL_WORDS = new Set(['until', 'till', 'til', 'through', 'thru', 'by', 'to', 'within']);
const FROM_WORDS = new Set(['from', 'since', 'after', 'starting']);
const UNITS = new Set(['week', 'month', 'quarter', 'year']);
const COUNT_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month'> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
]);
const COUNT = /^\d{1,6}$/;
const HAN = /\p{Script=Han}/u;
const MARKS = /\p{M}+/gu;
const ISO_START = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const ZH_LONGEST = Math.max(...[...ZH_AHEAD_WORDS.keys()].map((k) => k.length));
/** Tokens one phrase may span ("within the next 30 days", "15 de janeiro de 2027"). */
const MAX_TOKENS = 8;

/** A Chinese token as words: ISO dates, numbers and latin words as they are, the rest on the longest known word. */
function chineseWords(key: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < key.length) {
    const rest = key.slice(at);
    const plain = ISO_START.exec(rest) ?? /^\d+/.exec(rest) ?? /^[a-z]+/.exec(rest);
    if (plain) {
      words.push(plain[0]);
      at += plain[0].length;
      continue;
    }
    let length = Math.min(ZH_LONGEST, rest.length);
    while (length > 0 && !ZH_AHEAD_WORDS.has(rest.slice(0, length))) length--;
    if (length === 0) return [...words, '?'];
    words.push(...ZH_AHEAD_WORDS.get(rest.slice(0, length))!.split(' ').filter(Boolean));
    at += length;
  }
  return words;
}

/** The words of the free tokens from i on; undefined when the first token cannot start a phrase. */
function wordsFrom(tokens: readonly Token[], used: readonly boolean[], i: number): Word[] | undefined {
  const words: Word[] = [];
  for (let j = i; j < tokens.length && j < i + MAX_TOKENS && !used[j]; j++) {
    const token = tokens[j]!;
    if (token.quoted) break;
    const folded = token.key.normalize('NFD').replace(MARKS, '');
    const keys = HAN.test(folded) ? chineseWords(folded) : [AHEAD_WORDS.get(folded) ?? folded];
    const kept = keys.filter((key) => key !== '');
    // A linking word ("de", "del") never starts a phrase: "Casa de Hoje" stays a name.
    if (j === i && kept.length === 0) return undefined;
    for (const key of kept) words.push({ key, end: j + 1 });
  }
  // Articles are read as nothing: "the next 30 days", "il mese prossimo", "a próxima semana".
  return words.filter((w) => w.key !== 'the');
}

const range = (start: number, end: number): AheadPeriod => ({ since: start, until: end });

/** "this month" and the like: from today to the unit's end; "next month": the whole next one. */
function unitPeriod(unit: string, next: boolean, t: number): AheadPeriod | undefined {
  const [y, m] = partsOf(t);
  switch (unit) {
    case 'week':
      return next ? range(mondayOf(t) + 7, mondayOf(t) + 13) : { until: mondayOf(t) + 6 };
    case 'month': {
      const r = next ? (m === 12 ? monthRange(y + 1, 1) : monthRange(y, m + 1)) : monthRange(y, m);
      return r && (next ? range(r.start, r.end) : { until: r.end });
    }
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1 + (next ? 3 : 0);
      const start = first > 12 ? dayOf(y + 1, first - 12, 1) : dayOf(y, first, 1);
      const last = first + 2 > 12 ? monthRange(y + 1, first - 10) : monthRange(y, first + 2);
      if (start === undefined || last === undefined) return undefined;
      return next ? range(start, last.end) : { until: last.end };
    }
    case 'year': {
      const start = dayOf(y + (next ? 1 : 0), 1, 1);
      const end = dayOf(y + (next ? 1 : 0), 12, 31);
      if (start === undefined || end === undefined) return undefined;
      return next ? range(start, end) : { until: end };
    }
  }
  return undefined;
}

/** Days from today to the same date `months` later (the day clamped to that month's end). */
function monthsAhead(t: number, months: number): number | undefined {
  const [y, m, d] = partsOf(t);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = monthRange(year, month);
  const day = last && dayOf(year, month, Math.min(d, last.end - last.start + 1));
  return day === undefined ? undefined : day - t;
}

type Read = { period: AheadPeriod; used: number } | { error: ProblemMessage; used: number };

/** A date written out at words[p] (yyyy-mm-dd, a month name, …), the next one from today on. */
function dateAt(
  words: readonly Word[],
  p: number,
  t: number,
  loose: boolean,
): { range: DayRange; used: number } | { error: ProblemMessage; used: number } | undefined {
  const found = absolute(
    words.map((w) => w.key),
    p,
    t,
    loose,
    true,
  );
  if (found === undefined) return undefined;
  return 'error' in found
    ? { error: found.error, used: found.next }
    : { range: found.range, used: found.next };
}

/** "30 days", "2 weeks", "3 months" at words[p], as a number of days; `within>` after it counts too (Chinese). */
function countAt(words: readonly Word[], p: number, t: number): Read | undefined {
  const count = words[p]?.key;
  const unit = COUNT_UNITS.get(words[p + 1]?.key ?? '');
  if (count === undefined || !COUNT.test(count) || unit === undefined) return undefined;
  let used = p + 2;
  if (words[used]?.key === 'within>') used++;
  const n = Number(count);
  const days = unit === 'day' ? n : unit === 'week' ? n * 7 : n <= 36 ? monthsAhead(t, n) : undefined;
  if (n < 1 || days === undefined || days > MAX_AHEAD_DAYS) {
    const phrase = `${count} ${words[p + 1]!.key}`;
    return { error: problem('dayCountRange', { phrase, max: String(MAX_AHEAD_DAYS) }), used };
  }
  return { period: { within: days }, used };
}

function read(words: readonly Word[], t: number): Read | undefined {
  const key = (p: number) => words[p]?.key ?? '';
  const first = key(0);
  if (first === 'today') return { period: { until: t }, used: 1 };
  if (first === 'tomorrow') return { period: range(t + 1, t + 1), used: 1 };
  // "in 30 days", "within the next 2 weeks", "next 30 days", "30天内".
  let p = IN_WORDS.has(first) ? 1 : 0;
  const lead = p > 0 || NEXT_WORDS.has(key(p));
  if (NEXT_WORDS.has(key(p))) p++;
  const count = countAt(words, p, t);
  if (count && (lead || key(p + 2) === 'within>')) return count;
  // "this month", "next quarter", "in the next month", "il mese prossimo", "mês que vem".
  p = IN_WORDS.has(first) ? 1 : 0;
  if ((key(p) === 'this' || NEXT_WORDS.has(key(p))) && UNITS.has(key(p + 1))) {
    const period = unitPeriod(key(p + 1), key(p) !== 'this', t);
    return period && { period, used: p + 2 };
  }
  if (UNITS.has(key(p)) && NEXT_WORDS.has(key(p + 1))) {
    const period = unitPeriod(key(p), true, t);
    return period && { period, used: p + 2 };
  }
  return bounded(words, t);
}

/** "before 2027-01-15", "until March", "from X until Y", "between X and Y", "in March", "2027-01-15之前". */
function bounded(words: readonly Word[], t: number): Read | undefined {
  const key = (p: number) => words[p]?.key ?? '';
  const first = key(0);
  if (first === 'before' || UNTIL_WORDS.has(first)) {
    const date = dateAt(words, 1, t, true);
    if (date === undefined || 'error' in date) return date;
    const until = first === 'before' ? date.range.start - 1 : date.range.end;
    return { period: { until }, used: date.used };
  }
  if (FROM_WORDS.has(first) || first === 'between') {
    const start = dateAt(words, 1, t, true);
    if (start === undefined || 'error' in start) return start;
    const since = first === 'after' ? start.range.end + 1 : start.range.start;
    const joiner = key(start.used);
    const closes = first === 'between' ? joiner === 'and' : UNTIL_WORDS.has(joiner) || joiner === 'and';
    const end = closes ? dateAt(words, start.used + 1, t, true) : undefined;
    if (end && 'error' in end) return end;
    if (end) return { period: range(since, end.range.end), used: end.used };
    if (first === 'between') return { error: problem('betweenExample'), used: start.used };
    return { period: range(since, since + DEFAULT_AHEAD_DAYS), used: start.used };
  }
  if (IN_WORDS.has(first)) {
    const date = dateAt(words, 1, t, true);
    if (date === undefined || 'error' in date) return date;
    return { period: range(date.range.start, date.range.end), used: date.used };
  }
  const date = dateAt(words, 0, t, false);
  if (date === undefined || 'error' in date) return date;
  if (key(date.used) === 'before>') return { period: { until: date.range.start - 1 }, used: date.used + 1 };
  return { period: range(date.range.start, date.range.end), used: date.used };
}

/**
 * The look-ahead phrase starting at token i: what it asks, or why it is wrong, and the token index after it.
 * Undefined when no such phrase starts there. A period that is wholly past or empty is the caller's to refuse.
 */
export function aheadAt(
  tokens: readonly Token[],
  used: readonly boolean[],
  i: number,
  today: number | undefined,
): AheadMatch | undefined {
  const words = wordsFrom(tokens, used, i);
  if (!words || words.length === 0) return undefined;
  if (today === undefined) {
    // Only say so when a phrase is there: read it against any day to know.
    return read(words, 0) ? { error: problem('noToday'), next: i + 1 } : undefined;
  }
  const found = read(words, today);
  if (found === undefined) return undefined;
  const next = found.used > 0 ? words[Math.min(found.used, words.length) - 1]!.end : i + 1;
  return 'error' in found ? { error: found.error, next } : { period: found.period, next };
}
