// "orders for <customer> [filters…]": the verb; every filter clause is read by the shared engine.
import { misspeltEdge } from '../parse/customer';
import { ordersStrings } from './strings';
import type { Grammar, Quoter } from '../parse/grammar';
import { fail, misspeltFilterProblem } from '../parse/problems';
import { ownProblem } from '../parse/messages';
import { CYCLE_SPELLING } from '../parse/vocabulary';
import type { OrderFilters, OrdersCommand } from './payload';

const CANONICAL_STATUSES = new Set(['pending', 'completed', 'cancelled']);

export const ordersGrammar: Grammar<OrdersCommand> = {
  verbs: ['orders'],
  typoTargets: ['orders'],
  precedence: 2,
  shape(tokens, verbOf) {
    const kinds = tokens.map(verbOf);
    if (!kinds.includes('orders')) return undefined;
    return { used: kinds.map((k) => k === 'orders') };
  },
  build({ tokens, run, customer, collected, check, filterTargets }) {
    const topic = 'orders';
    if (customer === '') return fail({ topic, message: ownProblem(ordersStrings, 'whichCustomer') });
    const typo = misspeltEdge(tokens, run, filterTargets);
    if (typo !== undefined) return misspeltFilterProblem(tokens, typo, customer, check);
    const command: OrdersCommand = { kind: 'orders', customer, filters: collected.filters };
    if (collected.refresh) command.refresh = true;
    if (collected.offset !== undefined) command.offset = collected.offset;
    return { ok: true, command };
  },
  format(command, quote) {
    const words = [
      `orders for ${quote('customer', command.customer)}`,
      ...filterWords(command.filters, quote),
    ];
    if (command.offset !== undefined) words.push(`skip ${command.offset}`);
    return words.join(' ') + (command.refresh ? ' refresh' : '');
  },
};

function filterWords(filters: OrderFilters, quote: Quoter): string[] {
  const words: string[] = [];
  if (filters.billingCycle) words.push(CYCLE_SPELLING[filters.billingCycle] ?? filters.billingCycle);
  if (filters.status) {
    words.push(CANONICAL_STATUSES.has(filters.status) ? filters.status : `status ${filters.status}`);
  }
  if (filters.since && filters.since === filters.until) words.push(`on ${filters.since}`);
  else {
    if (filters.since) words.push(`since ${filters.since}`);
    if (filters.until) words.push(`until ${filters.until}`);
  }
  if (filters.product) words.push(`with ${quote('product', filters.product)}`);
  if (filters.reseller) words.push(`via ${quote('reseller', filters.reseller)}`);
  if (filters.includePrices) words.push('with prices');
  if (filters.includeSystemPurchases) words.push('including system purchases');
  return words;
}
