// Word tables of the command language. Everything is compared on a token's `key` (lowercased, curly
// apostrophes straightened, trailing , ; : removed), so tables hold lowercase words only.
import type { BillingCycle } from '../../partnercenter/models';
import { normalizeBillingCycle } from '../../partnercenter/billing-cycle';

/** Phrases dropped from the start of a message ("can you show me …"). Longest first where they overlap. */
export const LEADING_FILLERS: readonly (readonly string[])[] = [
  ['can', 'you'],
  ['could', 'you'],
  ['would', 'you'],
  ['will', 'you'],
  ['can', 'i', 'see'],
  ['can', 'i', 'get'],
  ['can', 'i', 'have'],
  ['i', 'want', 'to', 'see'],
  ['i', 'want'],
  ['i', 'need'],
  ["i'd", 'like', 'to', 'see'],
  ["i'd", 'like'],
  ['i', 'would', 'like'],
  ['show', 'me'],
  ['get', 'me'],
  ['find', 'me'],
  ['give', 'me'],
  ['tell', 'me'],
  ['look', 'up'],
  ['pull', 'up'],
  ['what', 'are'],
  ['what', 'is'],
  ['which', 'are'],
  ["what're"],
  ["what's"],
  ['whats'],
  ['please'],
  ['pls'],
  ['plz'],
  ['kindly'],
  ['hey'],
  ['hi'],
  ['hello'],
  ['yo'],
  ['bot'],
  ['show'],
  ['list'],
  ['get'],
  ['find'],
  ['fetch'],
  ['display'],
  ['lookup'],
  ['gimme'],
];

/** Dropped from the start only before a verb or a filter ("the orders of …", not "the phone company"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'all', 'my', 'our', 'any', 'me']);

export const TRAILING_FILLERS: readonly (readonly string[])[] = [
  ['please'],
  ['pls'],
  ['plz'],
  ['thanks'],
  ['thx'],
  ['thank', 'you'],
];

/** Prepositions dropped at either edge of the customer's words ("orders for contoso", "contoso at"). */
export const EDGE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'from',
  'at',
  'about',
  'on',
  'in',
  'to',
  'by',
]);

/** A run of leftover words made only of these is noise, not a customer. */
export const NOISE: ReadonlySet<string> = new Set([
  ...ARTICLES,
  'a',
  'an',
  'and',
  '&',
  'plus',
  'also',
  'please',
  'with',
  'orders',
]);

export const CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'plus', 'also', ',']);

// 'annually' is ours; other spellings go through normalizeBillingCycle (onetime, one_time, OneTime …).
const CYCLE_ALIASES: Readonly<Record<string, string>> = { annually: 'annual' };
const CYCLE_WORDS: ReadonlySet<string> = new Set([
  'onetime',
  'monthly',
  'annual',
  'annually',
  'yearly',
  'triennial',
  'biennial',
  'none',
]);

/** The billing cycle a single word names (one-time, OneTime, yearly …), or undefined. */
export function cycleOfWord(key: string): BillingCycle | undefined {
  const squashed = key.replace(/[\s_-]+/g, '');
  if (!CYCLE_WORDS.has(squashed)) return undefined;
  return normalizeBillingCycle(CYCLE_ALIASES[squashed] ?? squashed);
}

/** How a cycle is written back in a command. */
export const CYCLE_SPELLING: Readonly<Record<BillingCycle, string>> = {
  one_time: 'onetime',
  monthly: 'monthly',
  annual: 'annual',
  triennial: 'triennial',
  biennial: 'biennial',
  none: 'none',
  unknown: 'unknown',
};

export const CYCLE_NOISE: ReadonlySet<string> = new Set(['billing', 'billed', 'cycle', 'billingcycle']);

export const STATUSES: ReadonlyMap<string, string> = new Map([
  ['pending', 'pending'],
  ['completed', 'completed'],
  ['complete', 'completed'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
]);

export const STATUS_WORDS: ReadonlySet<string> = new Set(['status', 'state']);

export const REFRESH_WORDS: ReadonlySet<string> = new Set([
  'refresh',
  'refreshed',
  'fresh',
  'nocache',
  'no-cache',
  'uncached',
  '--refresh',
]);
export const CACHE_NEGATIONS: ReadonlySet<string> = new Set(['no', 'skip', 'bypass', 'without']);
export const CACHE_WORDS: ReadonlySet<string> = new Set(['cache', 'caching']);

export const PRICE_WORDS: ReadonlySet<string> = new Set(['prices', 'price', 'pricing', 'totals']);
export const SYSTEM_WORDS: ReadonlySet<string> = new Set(['system', 'system-purchases']);
export const PURCHASE_WORDS: ReadonlySet<string> = new Set(['purchases', 'purchase']);
export const INCLUDE_WORDS: ReadonlySet<string> = new Set([
  'including',
  'include',
  'includes',
  'incl',
  'incl.',
]);
export const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'w/']);
export const VIA_WORDS: ReadonlySet<string> = new Set(['via', 'through', 'thru']);
export const RESELLER_WORDS: ReadonlySet<string> = new Set(['reseller', 'indirect', 'partner']);
export const OFFSET_WORDS: ReadonlySet<string> = new Set(['skip', 'offset']);

/** Words that may come between an order verb and the id: "order id X", "order #X", "details of order X". */
export const ID_LEAD_INS: ReadonlySet<string> = new Set([
  'id',
  '#',
  'number',
  'no',
  'no.',
  'nr',
  'of',
  'details',
]);

/**
 * Keywords a misspelt word at the edge of a customer's name is compared with ("contoso montly"). Short
 * words (none, sub, today) are left out: too many real names are one edit away from them.
 */
export const FILTER_TARGETS: readonly string[] = [
  'onetime',
  'monthly',
  'annual',
  'annually',
  'yearly',
  'triennial',
  'biennial',
  'pending',
  'completed',
  'cancelled',
  'canceled',
  'refresh',
  'yesterday',
];

/** A date phrase after these is read loosely ("in 2018", "since March"); without one, some still count. */
export const DATE_PREPOSITIONS: ReadonlyMap<
  string,
  'since' | 'after' | 'before' | 'until' | 'in' | 'between'
> = new Map([
  ['since', 'since'],
  ['from', 'since'],
  ['after', 'after'],
  ['before', 'before'],
  ['until', 'until'],
  ['till', 'until'],
  ['til', 'until'],
  ['to', 'until'],
  ['through', 'until'],
  ['thru', 'until'],
  ['in', 'in'],
  ['during', 'in'],
  ['on', 'in'],
  ['over', 'in'],
  ['between', 'between'],
] as const);
/** These words only ever introduce a date, so a missing date is an error rather than a customer word. */
export const DATE_ONLY: ReadonlySet<string> = new Set([
  'since',
  'after',
  'before',
  'until',
  'till',
  'til',
  'between',
]);
const DATE_WORDS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'last',
  'past',
  'this',
  'week',
  'month',
  'year',
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Day names, read as a date after a preposition ("since monday": the latest Monday up to today). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/**
 * Words of the date phrases that look ahead ("nos próximos 30 dias", "il mese prossimo", "entro il 2027-01-15")
 * in Portuguese and Italian, folded (lowercase, no accents), as the English word date-ahead.ts reads: '' is a
 * linking word that is skipped but never starts a phrase ("de", "del"); 'the' may start one. English words and
 * numbers stand for themselves. Not keywords elsewhere: they are read only where a look-ahead phrase is asked for.
 */
export const AHEAD_WORDS: ReadonlyMap<string, string> = new Map([
  // pt-BR
  ['em', 'in'],
  ['nos', 'in'],
  ['nas', 'in'],
  ['no', 'in'],
  ['na', 'in'],
  ['dentro', 'within'],
  ['durante', 'during'],
  ['proximos', 'next'],
  ['proximas', 'next'],
  ['proximo', 'next'],
  ['proxima', 'next'],
  ['vem', 'next'],
  ['este', 'this'],
  ['esta', 'this'],
  ['neste', 'this'],
  ['nesta', 'this'],
  ['dia', 'day'],
  ['dias', 'days'],
  ['semana', 'week'],
  ['semanas', 'weeks'],
  ['mes', 'month'],
  ['meses', 'months'],
  ['trimestre', 'quarter'],
  ['ano', 'year'],
  ['hoje', 'today'],
  ['amanha', 'tomorrow'],
  ['antes', 'before'],
  ['ate', 'until'],
  ['desde', 'since'],
  ['entre', 'between'],
  ['e', 'and'],
  ['o', 'the'],
  ['a', 'the'],
  ['os', 'the'],
  ['as', 'the'],
  ['de', ''],
  ['do', ''],
  ['da', ''],
  ['que', ''],
  ['janeiro', 'january'],
  ['fevereiro', 'february'],
  ['marco', 'march'],
  ['abril', 'april'],
  ['maio', 'may'],
  ['junho', 'june'],
  ['julho', 'july'],
  ['agosto', 'august'],
  ['setembro', 'september'],
  ['outubro', 'october'],
  ['novembro', 'november'],
  ['dezembro', 'december'],
  // it
  ['entro', 'within'],
  ['tra', 'in'],
  ['fra', 'in'],
  ['nei', 'in'],
  ['nelle', 'in'],
  ['nel', 'in'],
  ['prossimi', 'next'],
  ['prossime', 'next'],
  ['prossimo', 'next'],
  ['prossima', 'next'],
  ['questo', 'this'],
  ['questa', 'this'],
  ['giorno', 'day'],
  ['giorni', 'days'],
  ['settimana', 'week'],
  ['settimane', 'weeks'],
  ['mese', 'month'],
  ['mesi', 'months'],
  ['anno', 'year'],
  ['oggi', 'today'],
  ['domani', 'tomorrow'],
  ['prima', 'before'],
  ['fino', 'until'],
  ['dal', 'since'],
  ['il', 'the'],
  ['la', 'the'],
  ['lo', 'the'],
  ['i', 'the'],
  ['le', 'the'],
  ['gli', 'the'],
  ['di', ''],
  ['del', ''],
  ['della', ''],
  ['al', ''],
  ['alla', ''],
  ['gennaio', 'january'],
  ['febbraio', 'february'],
  ['aprile', 'april'],
  ['maggio', 'may'],
  ['giugno', 'june'],
  ['luglio', 'july'],
  ['settembre', 'september'],
  ['ottobre', 'october'],
  ['dicembre', 'december'],
]);

/**
 * Chinese look-ahead words, as English words ('' skipped): a message in Chinese has no spaces between them, so
 * date-ahead.ts splits a token on the longest of these ("未来30天内" → next 30 days within>). A word ending in
 * ">" stands after what it qualifies: "30天内" is "within 30 days", "2027-01-15之前" "before 2027-01-15".
 */
export const ZH_AHEAD_WORDS: ReadonlyMap<string, string> = new Map([
  ['今天', 'today'],
  ['明天', 'tomorrow'],
  ['本周', 'this week'],
  ['这周', 'this week'],
  ['这个星期', 'this week'],
  ['下周', 'next week'],
  ['下个星期', 'next week'],
  ['本月', 'this month'],
  ['这个月', 'this month'],
  ['当月', 'this month'],
  ['下个月', 'next month'],
  ['下月', 'next month'],
  ['本季度', 'this quarter'],
  ['这个季度', 'this quarter'],
  ['本季', 'this quarter'],
  ['下季度', 'next quarter'],
  ['下个季度', 'next quarter'],
  ['下季', 'next quarter'],
  ['今年', 'this year'],
  ['明年', 'next year'],
  ['未来', 'next'],
  ['接下来', 'next'],
  ['今后', 'next'],
  ['天', 'days'],
  ['日', 'days'],
  ['周', 'weeks'],
  ['星期', 'weeks'],
  ['个星期', 'weeks'],
  ['个月', 'months'],
  ['月', 'months'],
  ['内', 'within>'],
  ['之内', 'within>'],
  ['以内', 'within>'],
  ['之前', 'before>'],
  ['以前', 'before>'],
  ['前', 'before>'],
  ['到', 'until'],
  ['截至', 'until'],
  ['直到', 'until'],
  ['为止', ''],
  ['在', ''],
  ['的', ''],
]);

/** Every word other than a verb that the parser may read as something other than a name (see verbs.ts). */
export const KEYWORDS: readonly string[] = [
  ...LEADING_FILLERS.flat(),
  ...TRAILING_FILLERS.flat(),
  ...ARTICLES,
  ...EDGE_PREPOSITIONS,
  ...NOISE,
  ...CONNECTORS,
  ...CYCLE_WORDS,
  ...CYCLE_NOISE,
  'one',
  'time',
  ...STATUSES.keys(),
  ...STATUS_WORDS,
  ...REFRESH_WORDS,
  ...CACHE_NEGATIONS,
  ...CACHE_WORDS,
  'force',
  ...PRICE_WORDS,
  ...SYSTEM_WORDS,
  ...PURCHASE_WORDS,
  ...INCLUDE_WORDS,
  ...WITH_WORDS,
  ...VIA_WORDS,
  ...RESELLER_WORDS,
  ...OFFSET_WORDS,
  ...ID_LEAD_INS,
  ...DATE_PREPOSITIONS.keys(),
  ...DATE_WORDS,
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
];
