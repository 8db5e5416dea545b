import type { BillingCycle } from '../partnercenter/models';

/** Filters on an orders query. Partner Center filters by cycle and reseller; the rest are applied locally. */
export interface OrderFilters {
  billingCycle?: BillingCycle;
  /** Canonical order status: completed, pending, cancelled (or another value as typed). */
  status?: string;
  /** Inclusive UTC day bounds, yyyy-mm-dd. */
  since?: string;
  until?: string;
  /** A word matched against line-item names, case-insensitive. */
  product?: string;
  /** Reseller as typed: a GUID id or a name to resolve through the indirect-reseller relationships. */
  reseller?: string;
  includePrices?: boolean;
  includeSystemPurchases?: boolean;
}

export type Command =
  | { kind: 'help'; topic?: CommandKind }
  | { kind: 'orders'; customer: string; filters: OrderFilters; offset?: number; refresh?: boolean }
  | { kind: 'order'; customer: string; orderId: string; refresh?: boolean }
  | { kind: 'subscriptions'; customer: string; orderId: string; refresh?: boolean };

export type CommandKind = Command['kind'];

/** Why a text is not a command, with what to tell the user. */
export interface ParseProblem {
  /** Short explanation, e.g. "Which customer? Try: orders for contoso". */
  hint: string;
  /** A corrected command to offer as "Did you mean …?", when one is likely. */
  suggestion?: string;
  /** The command the user seemed to want, for `help <command>`. */
  topic?: CommandKind;
}

export type ParseResult = { ok: true; command: Command } | { ok: false; problem: ParseProblem };
