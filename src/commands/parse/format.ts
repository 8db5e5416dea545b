// Writes a command back as text the parser reads to the same command (used for "Did you mean …?").
import type { Command, OrderFilters } from '../command';
import { CYCLE_SPELLING } from './vocabulary';

export type QuotedField = 'customer' | 'product' | 'reseller';
/** Returns the value as it should be typed: bare, or in quotes. */
export type Quoter = (field: QuotedField, value: string) => string;

const CANONICAL_STATUSES = new Set(['pending', 'completed', 'cancelled']);

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

export function renderCommand(command: Command, quote: Quoter): string {
  const refresh = command.kind !== 'help' && command.refresh ? ' refresh' : '';
  switch (command.kind) {
    case 'help':
      return command.topic ? `help ${command.topic}` : 'help';
    case 'order':
      return `order ${command.orderId} for ${quote('customer', command.customer)}${refresh}`;
    case 'subscriptions':
      return (
        `subscriptions for order ${command.orderId} for ${quote('customer', command.customer)}` + refresh
      );
    case 'orders': {
      const words = [
        `orders for ${quote('customer', command.customer)}`,
        ...filterWords(command.filters, quote),
      ];
      if (command.offset !== undefined) words.push(`skip ${command.offset}`);
      return words.join(' ') + refresh;
    }
  }
}
