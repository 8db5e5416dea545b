// Filter clauses of an orders command ("monthly", "since 2018-03-10", "with azure", "via Woodgrove", …).
// Each matcher looks at the tokens from i on and returns what it read plus the index after it; matchers
// are pure and never look behind. A clause may stand anywhere in the message.
import { problem, type ProblemMessage } from './messages';
import type { BillingCycle } from '../../partnercenter/models';
import { dateAt, type DayRange } from './date-phrases';
import { stripQuotes, type Token } from './tokenize';
import {
  CACHE_NEGATIONS,
  CACHE_WORDS,
  CONNECTORS,
  CYCLE_NOISE,
  DATE_ONLY,
  DATE_PREPOSITIONS,
  INCLUDE_WORDS,
  OFFSET_WORDS,
  PRICE_WORDS,
  PURCHASE_WORDS,
  REFRESH_WORDS,
  RESELLER_WORDS,
  STATUSES,
  STATUS_WORDS,
  SYSTEM_WORDS,
  VIA_WORDS,
  WITH_WORDS,
  cycleOfWord,
} from './vocabulary';

export type Effect =
  | { type: 'cycle'; value: BillingCycle }
  | { type: 'status'; value: string }
  | { type: 'since'; day: number }
  | { type: 'until'; day: number }
  | { type: 'product'; value: string }
  | { type: 'prices' }
  | { type: 'system' }
  | { type: 'reseller'; value: string }
  | { type: 'refresh' }
  | { type: 'offset'; value: number }
  | { type: 'connector' }
  | { type: 'error'; message: ProblemMessage };

export interface ClauseContext {
  tokens: readonly Token[];
  /** Tokens already taken (the verb, an order id, earlier clauses). */
  used: boolean[];
  today: number | undefined;
  /** Whether a word names a registered command (it ends a name or a phrase). */
  isVerb(key: string): boolean;
}

interface Match {
  next: number;
  effects: Effect[];
}

type Matcher = (ctx: ClauseContext, i: number) => Match | undefined;

const NUMBER = /^\d{1,6}$/;
const TRAILING_SEPARATORS = /[,;:]+$/;

function keyAt(ctx: ClauseContext, i: number): string | undefined {
  return i < ctx.tokens.length && !ctx.used[i] ? ctx.tokens[i]?.key : undefined;
}

function error(message: ProblemMessage, next: number): Match {
  return { next, effects: [{ type: 'error', message }] };
}

function cleanPhrase(tokens: readonly Token[], from: number, to: number): string {
  const text = tokens
    .slice(from, to)
    .map((t) => t.raw)
    .join(' ')
    .replace(TRAILING_SEPARATORS, '');
  return stripQuotes(text).trim();
}

const refresh: Matcher = (ctx, i) => {
  const key = keyAt(ctx, i) ?? '';
  if (REFRESH_WORDS.has(key)) return { next: i + 1, effects: [{ type: 'refresh' }] };
  const next = keyAt(ctx, i + 1) ?? '';
  if ((CACHE_NEGATIONS.has(key) && CACHE_WORDS.has(next)) || (key === 'force' && REFRESH_WORDS.has(next))) {
    return { next: i + 2, effects: [{ type: 'refresh' }] };
  }
  return undefined;
};

const offset: Matcher = (ctx, i) => {
  const n = keyAt(ctx, i + 1);
  if (!OFFSET_WORDS.has(keyAt(ctx, i) ?? '') || n === undefined || !NUMBER.test(n)) return undefined;
  return { next: i + 2, effects: [{ type: 'offset', value: Number(n) }] };
};

function inclusionAt(ctx: ClauseContext, i: number): Match | undefined {
  const key = keyAt(ctx, i) ?? '';
  if (PRICE_WORDS.has(key)) return { next: i + 1, effects: [{ type: 'prices' }] };
  if (key === 'system-purchases' || key === 'systempurchases')
    return { next: i + 1, effects: [{ type: 'system' }] };
  if (SYSTEM_WORDS.has(key) && PURCHASE_WORDS.has(keyAt(ctx, i + 1) ?? '')) {
    return { next: i + 2, effects: [{ type: 'system' }] };
  }
  return undefined;
}

/** "prices", "system purchases", "prices and system purchases". */
function inclusions(ctx: ClauseContext, i: number): Match | undefined {
  const effects: Effect[] = [];
  let at = i;
  for (let item = inclusionAt(ctx, at); item !== undefined; item = inclusionAt(ctx, at)) {
    effects.push(...item.effects);
    at = item.next;
    const joiner = keyAt(ctx, at) ?? '';
    if (!(CONNECTORS.has(joiner) || INCLUDE_WORDS.has(joiner)) || inclusionAt(ctx, at + 1) === undefined)
      break;
    at += 1;
  }
  return effects.length > 0 ? { next: at, effects } : undefined;
}

/** Words that end a phrase or an open status value without reading any further. */
function isKeyword(ctx: ClauseContext, i: number): boolean {
  if (i >= ctx.tokens.length || ctx.used[i]) return true;
  const key = ctx.tokens[i]?.key ?? '';
  if (key === '') return false;
  return (
    key === 'for' ||
    ctx.isVerb(key) ||
    WITH_WORDS.has(key) ||
    INCLUDE_WORDS.has(key) ||
    VIA_WORDS.has(key) ||
    (key === 'by' && RESELLER_WORDS.has(keyAt(ctx, i + 1) ?? ''))
  );
}

/** Whether a clause, a verb or "for" starts at i: where a product or reseller name ends. */
export function startsClause(ctx: ClauseContext, i: number): boolean {
  return isKeyword(ctx, i) || SIMPLE.some((m) => m(ctx, i) !== undefined);
}

/** End of a free-text phrase (product, reseller) starting at i. */
function phraseEnd(ctx: ClauseContext, i: number): number {
  let j = i;
  while (j < ctx.tokens.length && !startsClause(ctx, j)) {
    const key = ctx.tokens[j]?.key ?? '';
    if (CONNECTORS.has(key) && j > i && (startsClause(ctx, j + 1) || inclusionAt(ctx, j + 1))) break;
    j++;
  }
  return j;
}

/** "with azure", "with prices", "including system purchases", "with Microsoft 365 and prices". */
const withClause: Matcher = (ctx, i) => {
  const key = keyAt(ctx, i) ?? '';
  if (!WITH_WORDS.has(key) && !INCLUDE_WORDS.has(key)) return undefined;
  const listed = inclusions(ctx, i + 1);
  if (listed) return listed;
  if (i + 1 >= ctx.tokens.length) {
    return error(problem('withWhat', { key }), i + 1);
  }
  if (startsClause(ctx, i + 1)) return { next: i + 1, effects: [{ type: 'connector' }] };
  const end = phraseEnd(ctx, i + 1);
  const product = cleanPhrase(ctx.tokens, i + 1, end).toLowerCase();
  if (product === '') return error(problem('whichProduct'), end);
  const effects: Effect[] = [{ type: 'product', value: product }];
  let next = end;
  if (CONNECTORS.has(keyAt(ctx, end) ?? '')) {
    const more = inclusions(ctx, end + 1);
    if (more) {
      effects.push(...more.effects);
      next = more.next;
    }
  }
  return { next, effects };
};

/** "via Woodgrove", "through the reseller 4e0a…", "by reseller Woodgrove Reseller Ltd". */
const viaClause: Matcher = (ctx, i) => {
  const key = keyAt(ctx, i) ?? '';
  let at: number;
  if (VIA_WORDS.has(key)) at = i + 1;
  else if (key === 'by' && RESELLER_WORDS.has(keyAt(ctx, i + 1) ?? '')) at = i + 1;
  else return undefined;
  if (keyAt(ctx, at) === 'the') at++;
  // Skip "indirect reseller" only when a name follows it.
  let skip = at;
  while (skip < at + 2 && RESELLER_WORDS.has(keyAt(ctx, skip) ?? '')) skip++;
  if (skip > at && !startsClause(ctx, skip)) at = skip;
  const end = phraseEnd(ctx, at);
  const reseller = cleanPhrase(ctx.tokens, at, end);
  if (reseller === '') return error(problem('whichReseller'), Math.max(end, i + 1));
  return { next: end, effects: [{ type: 'reseller', value: reseller }] };
};

function rangeEffects(kind: 'since' | 'after' | 'before' | 'until' | 'in', range: DayRange): Effect[] {
  switch (kind) {
    case 'since':
      return [{ type: 'since', day: range.start }];
    case 'after':
      return [{ type: 'since', day: range.end + 1 }];
    case 'before':
      return [{ type: 'until', day: range.start - 1 }];
    case 'until':
      return [{ type: 'until', day: range.end }];
    case 'in':
      return [
        { type: 'since', day: range.start },
        { type: 'until', day: range.end },
      ];
  }
}

/** "since 2018-03-10", "before 2018-04-01", "in March 2018", "between 2018-01-01 and 2018-03-31". */
const datePhrase: Matcher = (ctx, i) => {
  const key = keyAt(ctx, i) ?? '';
  const kind = DATE_PREPOSITIONS.get(key);
  if (kind === undefined) return undefined;
  const first = dateAt(ctx.tokens, ctx.used, i + 1, ctx.today, true);
  if (first === undefined) {
    if (!DATE_ONLY.has(key)) return undefined;
    return error(problem('unreadableDateAfter', { key }), i + 1);
  }
  if ('error' in first) return error(first.error, first.next);
  if (kind !== 'between') return { next: first.next, effects: rangeEffects(kind, first.range) };
  const second =
    keyAt(ctx, first.next) === 'and'
      ? dateAt(ctx.tokens, ctx.used, first.next + 1, ctx.today, true)
      : undefined;
  if (second === undefined) return error(problem('betweenExample'), first.next);
  if ('error' in second) return error(second.error, second.next);
  return {
    next: second.next,
    effects: [
      { type: 'since', day: first.range.start },
      { type: 'until', day: second.range.end },
    ],
  };
};

/** "today", "last 7 days", "this month", "2018-03-10" with no preposition. */
const bareDate: Matcher = (ctx, i) => {
  const found = dateAt(ctx.tokens, ctx.used, i, ctx.today, false);
  if (found === undefined) return undefined;
  if ('error' in found) return error(found.error, found.next);
  return { next: found.next, effects: rangeEffects('in', found.range) };
};

/** "pending", "cancelled status", "status po_upload_complete". */
const status: Matcher = (ctx, i) => {
  const key = keyAt(ctx, i) ?? '';
  const canonical = STATUSES.get(key);
  if (canonical !== undefined) {
    const next = STATUS_WORDS.has(keyAt(ctx, i + 1) ?? '') ? i + 2 : i + 1;
    return { next, effects: [{ type: 'status', value: canonical }] };
  }
  if (!STATUS_WORDS.has(key)) return undefined;
  const value = keyAt(ctx, i + 1);
  if (value === undefined || value === '' || isKeyword(ctx, i + 1) || cycleOfWord(value) !== undefined)
    return undefined;
  return { next: i + 2, effects: [{ type: 'status', value: STATUSES.get(value) ?? value }] };
};

/** "monthly", "one time", "OneTime", "billed annually", "billing cycle triennial". */
const cycle: Matcher = (ctx, i) => {
  let at = i;
  while (at < i + 2 && CYCLE_NOISE.has(keyAt(ctx, at) ?? '')) at++;
  const key = keyAt(ctx, at) ?? '';
  let value = cycleOfWord(key);
  let next = at + 1;
  if (value === undefined && key === 'one' && keyAt(ctx, at + 1) === 'time') {
    value = 'one_time';
    next = at + 2;
  }
  if (value === undefined) return undefined;
  while (next < at + 4 && CYCLE_NOISE.has(keyAt(ctx, next) ?? '')) next++;
  return { next, effects: [{ type: 'cycle', value }] };
};

const SIMPLE: readonly Matcher[] = [refresh, offset, datePhrase, status, cycle, bareDate];
const ALL: readonly Matcher[] = [refresh, offset, withClause, datePhrase, viaClause, status, cycle, bareDate];

/** Reads every clause in the free tokens, marking them used; returns the effects in order. */
export function scanClauses(ctx: ClauseContext): Effect[] {
  const effects: Effect[] = [];
  const byClause: boolean[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.used[i]) continue;
    for (const matcher of ALL) {
      const m = matcher(ctx, i);
      if (m === undefined) continue;
      const end = Math.min(Math.max(m.next, i + 1), ctx.tokens.length);
      for (let j = i; j < end; j++) {
        ctx.used[j] = true;
        byClause[j] = true;
      }
      effects.push(...m.effects);
      if (m.effects.some((e) => e.type === 'error')) return effects;
      i = end - 1;
      break;
    }
  }
  // "monthly and pending", "contoso, monthly": a connector before a clause belongs to it.
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.used[i] && CONNECTORS.has(ctx.tokens[i]?.key ?? '') && byClause[i + 1]) ctx.used[i] = true;
  }
  return effects;
}
