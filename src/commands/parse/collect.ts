// Folds the clauses read from a message into OrderFilters, refusing contradictions ("monthly annual").
import type { OrderFilters } from '../shared/list-ref';
import type { Effect } from './clauses';
import { formatDay } from './date-phrases';
import { problem, type ProblemCode, type ProblemMessage } from './messages';

export interface Collected {
  filters: OrderFilters;
  refresh: boolean;
  offset?: number;
  /** Any filter other than refresh was given (they make no sense for one order or its subscriptions). */
  filtered: boolean;
}

type Single = 'billingCycle' | 'status' | 'product' | 'reseller';
const PICK_ONE: Readonly<Record<Single, ProblemCode>> = {
  billingCycle: 'pickOneBillingCycle',
  status: 'pickOneStatus',
  product: 'pickOneProduct',
  reseller: 'pickOneReseller',
};

export function collect(effects: readonly Effect[]): Collected | { error: ProblemMessage } {
  const filters: OrderFilters = {};
  const result: Collected = { filters, refresh: false, filtered: false };
  let since: number | undefined;
  let until: number | undefined;
  const setOnce = (field: Single, value: string): ProblemMessage | undefined => {
    const before = filters[field];
    if (before !== undefined && before !== value)
      return problem(PICK_ONE[field], { first: before, second: value });
    (filters as Record<Single, string>)[field] = value;
    return undefined;
  };
  for (const effect of effects) {
    if (effect.type !== 'refresh' && effect.type !== 'connector') result.filtered = true;
    let error: ProblemMessage | undefined;
    switch (effect.type) {
      case 'error':
        error = effect.message;
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
        if (since !== undefined && since !== effect.day) error = problem('oneStartDate');
        since = effect.day;
        break;
      case 'until':
        if (until !== undefined && until !== effect.day) error = problem('oneEndDate');
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
    if (day === undefined) return { error: problem('startOutOfRange') };
    filters.since = day;
  }
  if (until !== undefined) {
    const day = formatDay(until);
    if (day === undefined) return { error: problem('endOutOfRange') };
    filters.until = day;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return { error: problem('emptyRange', { since: filters.since, until: filters.until }) };
  }
  return result;
}
