// Reading a message that names no customer ("pending orders", "orders since monday", "all pending orders
// across customers"): the command's own words, the filter clauses the shared engine reads (status, dates,
// skip), and words that only say "across customers". Any other word may name a customer, so the message is
// left to the per-customer commands ("pending orders for contoso" stays the orders command).
import { scanClauses } from '../../parse/clauses';
import { collect, type Collected } from '../../parse/collect';
import type { LeadInput } from '../../parse/grammar';

/** Words that say "every customer" or only carry the question ("which orders are pending"). */
const ACROSS_WORDS: ReadonlySet<string> = new Set([
  'across',
  'all',
  'every',
  'each',
  'any',
  'customers',
  'customer',
  'clients',
  'tenants',
  'everyone',
  'everybody',
  'everywhere',
  'anywhere',
  'overall',
  'partner-wide',
  'partnerwide',
  'the',
  'my',
  'our',
  'for',
  'of',
  'at',
  'in',
  'by',
  'per',
  'which',
  'what',
  'are',
  'is',
  'were',
  'was',
  'there',
  'do',
  'we',
  'have',
  'new',
  'created',
  'or',
  'and',
]);

/** Whether a word only says "across customers" or carries the question (no customer in it). */
export function saysAcross(key: string): boolean {
  return ACROSS_WORDS.has(key);
}

/**
 * The clauses of a message whose other words are all the command's own (`own`) or say "across customers";
 * undefined when a word is left that could name a customer, a name is quoted, or a clause is wrong (the
 * per-customer reading then has its say, and its answer to a wrong clause).
 */
export function readWithoutCustomer(
  input: Pick<LeadInput, 'tokens' | 'today' | 'verbOf'>,
  own: (key: string) => boolean,
): Collected | undefined {
  const { tokens, today, verbOf } = input;
  if (tokens.length === 0 || tokens.some((t) => t.quoted)) return undefined;
  const used = tokens.map((t) => own(t.key));
  const isVerb = (key: string): boolean => verbOf({ raw: key, key, quoted: false }) !== undefined;
  const collected = collect(scanClauses({ tokens, used, today, isVerb }));
  if ('error' in collected) return undefined;
  return tokens.every((t, i) => used[i] || ACROSS_WORDS.has(t.key)) ? collected : undefined;
}

/** Filters of an orders query beyond those listed (across customers, only status and dates apply). */
export function otherFilters(collected: Collected, allowed: readonly string[]): string[] {
  return Object.keys(collected.filters).filter((key) => !allowed.includes(key));
}
