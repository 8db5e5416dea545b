// "orders today", "orders this week", "orders since monday", "recent orders", "what changed yesterday": orders
// of every customer created or changed in a period, read as a whole message. A customer in it ("orders for
// contoso today") makes it the orders command instead; without a date or its own word, it is not this one.
import { formatDay } from '../parse/date-phrases';
import type { Grammar } from '../parse/grammar';
import { problem } from '../parse/messages';
import { fail } from '../parse/problems';
import { STATUSES } from '../parse/vocabulary';
import { otherFilters, readWithoutCustomer } from '../shared/across/words';
import type { RecentCommand } from './payload';

const VERBS = ['recent', 'changes', 'changed'];
const OWN_WORDS = new Set([...VERBS, 'orders', 'order']);
/** "recent orders" with no date: the last 7 days. */
const DEFAULT_DAYS = 7;

export const recentGrammar: Grammar<RecentCommand> = {
  verbs: VERBS,
  typoTargets: ['recent'],
  precedence: 7,
  lead(input) {
    const named = input.tokens.some((t) => !t.quoted && input.verbOf(t) === 'recent');
    const ordersWord = input.tokens.some((t) => !t.quoted && (t.key === 'orders' || t.key === 'order'));
    if (!named && !ordersWord) return undefined;
    const collected = readWithoutCustomer(input, (key) => OWN_WORDS.has(key));
    if (!collected || otherFilters(collected, ['since', 'until', 'status']).length > 0) return undefined;
    const { since, until, status } = collected.filters;
    // "orders" alone, or "pending orders": other commands' (or a question for a customer).
    if (since === undefined && !(named && until === undefined)) return undefined;
    let from = since;
    if (from === undefined) {
      if (input.today === undefined) return fail({ topic: 'recent', message: problem('noToday') });
      from = formatDay(input.today - DEFAULT_DAYS + 1);
      if (from === undefined) return fail({ topic: 'recent', message: problem('startOutOfRange') });
    }
    const command: RecentCommand = { kind: 'recent', since: from };
    if (until !== undefined) command.until = until;
    if (status !== undefined) command.status = status;
    if (collected.offset) command.offset = collected.offset;
    return { ok: true, command };
  },
  format(command) {
    const words = ['orders'];
    if (command.until !== undefined && command.until === command.since) words.push(`on ${command.since}`);
    else {
      words.push(`since ${command.since}`);
      if (command.until !== undefined) words.push(`until ${command.until}`);
    }
    if (command.status)
      words.push(STATUSES.has(command.status) ? command.status : `status ${command.status}`);
    if (command.offset) words.push(`skip ${command.offset}`);
    return words.join(' ');
  },
};
