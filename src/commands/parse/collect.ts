// Folds the clauses read from a message into OrderFilters, refusing contradictions ("monthly annual").
import type { OrderFilters } from '../orders/payload';
import type { Effect } from './clauses';
import { formatDay } from './date-phrases';

export interface Collected {
  filters: OrderFilters;
  refresh: boolean;
  offset?: number;
  /** Any filter other than refresh was given (they make no sense for one order or its subscriptions). */
  filtered: boolean;
}

type Single = 'billingCycle' | 'status' | 'product' | 'reseller';
const SINGLE_NAMES: Readonly<Record<Single, string>> = {
  billingCycle: 'billing cycle',
  status: 'status',
  product: 'product',
  reseller: 'reseller',
};

export function collect(effects: readonly Effect[]): Collected | { error: string } {
  const filters: OrderFilters = {};
  const result: Collected = { filters, refresh: false, filtered: false };
  let since: number | undefined;
  let until: number | undefined;
  const setOnce = (field: Single, value: string): string | undefined => {
    const before = filters[field];
    if (before !== undefined && before !== value)
      return `Pick one ${SINGLE_NAMES[field]}: "${before}" or "${value}".`;
    (filters as Record<Single, string>)[field] = value;
    return undefined;
  };
  for (const effect of effects) {
    if (effect.type !== 'refresh' && effect.type !== 'connector') result.filtered = true;
    let error: string | undefined;
    switch (effect.type) {
      case 'error':
        error = effect.hint;
        break;
      case 'cycle':
        error = setOnce('billingCycle', effect.value);
        break;
      case 'status':
      case 'product':
      case 'reseller':
        error = setOnce(effect.type, effect.value);
        break;
      case 'since':
        if (since !== undefined && since !== effect.day)
          error = 'Give one start date, e.g. since 2018-03-10.';
        since = effect.day;
        break;
      case 'until':
        if (until !== undefined && until !== effect.day) error = 'Give one end date, e.g. before 2018-04-01.';
        until = effect.day;
        break;
      case 'prices':
        filters.includePrices = true;
        break;
      case 'system':
        filters.includeSystemPurchases = true;
        break;
      case 'refresh':
        result.refresh = true;
        break;
      case 'offset':
        result.offset = effect.value;
        break;
      case 'connector':
        break;
    }
    if (error !== undefined) return { error };
  }
  if (since !== undefined) {
    const day = formatDay(since);
    if (day === undefined) return { error: 'That start date is out of range.' };
    filters.since = day;
  }
  if (until !== undefined) {
    const day = formatDay(until);
    if (day === undefined) return { error: 'That end date is out of range.' };
    filters.until = day;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return { error: `No day is both since ${filters.since} and until ${filters.until}: check the dates.` };
  }
  return result;
}
