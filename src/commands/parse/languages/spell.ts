// How a language writes an orders query's filters, for commands written back in it ("Did you mean …?").
import type { OrderFilters } from '../../shared/list-ref';
import type { Quoter } from '../grammar';
import type { Speller, Spelling } from './types';

const CANONICAL_STATUSES = new Set(['pending', 'completed', 'cancelled']);

function put(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function speller(spelling: Spelling, name: (kind: string) => string): Speller {
  const status = (value: string): string =>
    CANONICAL_STATUSES.has(value)
      ? spelling.statuses[value as keyof Spelling['statuses']]
      : put(spelling.status, { status: value });
  return {
    spelling,
    name,
    status,
    skip: (n) => put(spelling.skip, { n: String(n) }),
    filters(filters: OrderFilters, quote: Quoter): string[] {
      const words: string[] = [];
      if (filters.billingCycle) words.push(spelling.cycles[filters.billingCycle]);
      if (filters.status) words.push(status(filters.status));
      if (filters.since && filters.since === filters.until)
        words.push(put(spelling.on, { date: filters.since }));
      else {
        if (filters.since) words.push(put(spelling.since, { date: filters.since }));
        if (filters.until) words.push(put(spelling.until, { date: filters.until }));
      }
      if (filters.product) words.push(put(spelling.product, { product: quote('product', filters.product) }));
      if (filters.reseller)
        words.push(put(spelling.reseller, { reseller: quote('reseller', filters.reseller) }));
      if (filters.includePrices) words.push(spelling.prices);
      if (filters.includeSystemPurchases) words.push(spelling.systemPurchases);
      return words;
    },
  };
}
