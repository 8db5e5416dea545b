// Date phrases, read relative to an injected "today" as UTC day numbers (days since 1970-01-01).
import { problem, type ProblemMessage } from './messages';
import type { Token } from './tokenize';
import { MONTHS, WEEKDAYS } from './vocabulary';

const DAY_MS = 86_400_000;
const MAX_DAYS = 36_500;
const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const ISO_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const AMBIGUOUS = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const COUNT = /^\d{1,6}$/;

export interface DayRange {
  start: number;
  end: number;
}

/** A date phrase that starts at some token: its range, or why it is wrong, and the index after it. */
export type DateMatch = { range: DayRange; next: number } | { error: ProblemMessage; next: number };

export function todayOf(now: Date): number | undefined {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}

/** The day number of a calendar date (month 1–12), or undefined if there is no such date. */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.floor(date.getTime() / DAY_MS);
}

/** [year, month 1–12, day of month] of a day number. */
export function partsOf(day: number): [number, number, number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** yyyy-mm-dd, or undefined outside years 1000–9999. */
export function formatDay(day: number): string | undefined {
  if (!Number.isInteger(day) || Math.abs(day) > 3_000_000) return undefined;
  const [y, m, d] = partsOf(day);
  if (y < 1000 || y > 9999) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthRange(year: number, month: number): DayRange | undefined {
  const start = dayOf(year, month, 1);
  const next = month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
  if (start === undefined) return undefined;
  return { start, end: (next ?? start + 31) - 1 };
}

export function yearRange(year: number): DayRange | undefined {
  const start = dayOf(year, 1, 1);
  const end = dayOf(year, 12, 31);
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The latest day up to `day` that falls on `weekday` (0 = Sunday; day 0, 1970-01-01, was a Thursday). */
function latestWeekday(day: number, weekday: number): number {
  return day - ((((day + 4 - weekday) % 7) + 7) % 7);
}

const NO_TODAY = problem('noToday');

function relative(keys: readonly string[], i: number, today: number | undefined): DateMatch | undefined {
  let at = i;
  if (keys[at] === 'the' && (keys[at + 1] === 'last' || keys[at + 1] === 'past')) at++;
  const word = keys[at];
  const unit = keys[at + 1];
  let build: ((t: number) => DateMatch) | undefined;
  if (word === 'today') build = (t) => ({ range: { start: t, end: t }, next: at + 1 });
  else if (word === 'yesterday') build = (t) => ({ range: { start: t - 1, end: t - 1 }, next: at + 1 });
  else if (word === 'last' || word === 'past') {
    const count = keys[at + 1];
    const countUnit = keys[at + 2];
    if (
      count !== undefined &&
      COUNT.test(count) &&
      countUnit !== undefined &&
      /^(days?|weeks?)$/.test(countUnit)
    ) {
      const n = Number(count) * (countUnit.startsWith('week') ? 7 : 1);
      if (n < 1 || n > MAX_DAYS) {
        return {
          error: problem('dayCountRange', { phrase: `${word} ${count} ${countUnit}`, max: String(MAX_DAYS) }),
          next: at + 3,
        };
      }
      build = (t) => ({ range: { start: t - n + 1, end: t }, next: at + 3 });
    } else if (unit === 'week' && keys[at + 2] !== undefined && WEEKDAYS.has(keys[at + 2]!)) {
      // "last week monday": that day of last week (Chinese 上周一); not "last monday", the latest Monday.
      const fromMonday = ((WEEKDAYS.get(keys[at + 2]!) ?? 1) + 6) % 7;
      build = (t) => {
        const day = mondayOf(t) - 7 + fromMonday;
        return { range: { start: day, end: day }, next: at + 3 };
      };
    } else if (unit === 'week') {
      build = (t) => ({ range: { start: mondayOf(t) - 7, end: mondayOf(t) - 1 }, next: at + 2 });
    } else if (unit !== undefined && WEEKDAYS.has(unit)) {
      // "last monday": the latest Monday before today.
      const weekday = WEEKDAYS.get(unit) ?? 0;
      build = (t) => {
        const day = latestWeekday(t - 1, weekday);
        return { range: { start: day, end: day }, next: at + 2 };
      };
    } else if (unit === 'month') {
      build = (t) => {
        const [y, m] = partsOf(t);
        const r = m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1);
        return r ? { range: r, next: at + 2 } : { error: NO_TODAY, next: at + 2 };
      };
    } else if (unit === 'year') {
      build = (t) => {
        const r = yearRange(partsOf(t)[0] - 1);
        return r ? { range: r, next: at + 2 } : { error: NO_TODAY, next: at + 2 };
      };
    }
  } else if (word === 'this' && (unit === 'week' || unit === 'month' || unit === 'year')) {
    build = (t) => {
      const [y, m] = partsOf(t);
      const start = unit === 'week' ? mondayOf(t) : unit === 'month' ? dayOf(y, m, 1) : dayOf(y, 1, 1);
      return start === undefined
        ? { error: NO_TODAY, next: at + 2 }
        : { range: { start, end: t }, next: at + 2 };
    };
  }
  if (build === undefined) return undefined;
  return today === undefined ? { error: NO_TODAY, next: at + 2 } : build(today);
}

function badDate(text: string, next: number): DateMatch {
  return { error: problem('notADate', { text }), next };
}

/**
 * A date written out at keys[i]: yyyy-mm-dd, yyyy-mm, and when `loose` a year, a day name or a month name.
 * Without a year, a month or day name is the latest up to today, or with `ahead` the next from today on.
 */
export function absolute(
  keys: readonly string[],
  i: number,
  today: number | undefined,
  loose: boolean,
  ahead = false,
): DateMatch | undefined {
  const word = keys[i];
  if (word === undefined) return undefined;
  let m = ISO_DAY.exec(word);
  if (m) {
    const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === undefined ? badDate(word, i + 1) : { range: { start: day, end: day }, next: i + 1 };
  }
  m = ISO_MONTH.exec(word);
  if (m) {
    const r = monthRange(Number(m[1]), Number(m[2]));
    return r ? { range: r, next: i + 1 } : badDate(word, i + 1);
  }
  if (AMBIGUOUS.test(word)) return badDate(word, i + 1);
  if (!loose) return undefined;
  // "since monday": the latest Monday up to today (today, on a Monday).
  const weekday = WEEKDAYS.get(word);
  if (weekday !== undefined) {
    if (today === undefined) return { error: NO_TODAY, next: i + 1 };
    const day = ahead ? latestWeekday(today + 6, weekday) : latestWeekday(today, weekday);
    return { range: { start: day, end: day }, next: i + 1 };
  }
  m = YEAR.exec(word);
  if (m) {
    const r = yearRange(Number(m[1]));
    return r ? { range: r, next: i + 1 } : badDate(word, i + 1);
  }
  return monthName(keys, i, today, ahead);
}

// "March 2018", "March 10 2018", "March 10", "10 March 2018", "March" (the latest March up to today, or the next
// one with `ahead`).
function monthName(
  keys: readonly string[],
  i: number,
  today: number | undefined,
  ahead: boolean,
): DateMatch | undefined {
  let at = i;
  let dayNumber: number | undefined;
  const lead = DAY_OF_MONTH.exec(keys[at] ?? '');
  if (lead && MONTHS.has(keys[at + 1] ?? '')) {
    dayNumber = Number(lead[1]);
    at++;
  }
  const month = MONTHS.get(keys[at] ?? '');
  if (month === undefined) return undefined;
  at++;
  if (dayNumber === undefined) {
    const trail = DAY_OF_MONTH.exec(keys[at] ?? '');
    if (trail) {
      dayNumber = Number(trail[1]);
      at++;
    }
  }
  const yearMatch = YEAR.exec(keys[at] ?? '');
  let year: number;
  if (yearMatch) {
    year = Number(yearMatch[1]);
    at++;
  } else {
    if (today === undefined) return { error: NO_TODAY, next: at };
    const [ty, tm, td] = partsOf(today);
    if (ahead) {
      const earlier = month < tm || (month === tm && dayNumber !== undefined && dayNumber < td);
      year = earlier ? ty + 1 : ty;
    } else {
      const later = month > tm || (month === tm && dayNumber !== undefined && dayNumber > td);
      year = later ? ty - 1 : ty;
    }
  }
  if (dayNumber === undefined) {
    const r = monthRange(year, month);
    return r ? { range: r, next: at } : badDate(keys.slice(i, at).join(' '), at);
  }
  const day = dayOf(year, month, dayNumber);
  if (day === undefined) return badDate(keys.slice(i, at).join(' '), at);
  return { range: { start: day, end: day }, next: at };
}

/**
 * The date phrase starting at token i. `loose` (after a preposition like "in" or "since") also accepts a
 * bare year and month names; otherwise only unmistakable dates count (today, last 7 days, 2018-03-10).
 */
export function dateAt(
  tokens: readonly Token[],
  used: readonly boolean[],
  i: number,
  today: number | undefined,
  loose: boolean,
): DateMatch | undefined {
  // Keys of the free tokens from i on, up to the first used one (a phrase never spans the verb).
  const keys: string[] = [];
  for (let j = i; j < tokens.length && j < i + 5 && !used[j]; j++) keys.push(tokens[j]?.key ?? '');
  if (keys.length === 0 || keys[0] === '') return undefined;
  const found = relative(keys, 0, today) ?? absolute(keys, 0, today, loose);
  if (found === undefined) return undefined;
  return 'error' in found
    ? { error: found.error, next: i + found.next }
    : { range: found.range, next: i + found.next };
}
