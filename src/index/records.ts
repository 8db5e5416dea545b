// What the partner-wide index keeps of an order or a subscription: the facts support asks about (who, what,
// status, billing cycle, dates, quantities, commitment end, auto-renew, cancellation window, what the next term
// changes, seats still refundable), not the body.
// Short field names: at 10,000 customers every byte of a record is paid hundreds of thousands of times.
import { normalizeBillingCycle } from '../partnercenter/billing-cycle';
import { parsePartnerCenterDate } from '../partnercenter/dates';
import type { Order, Subscription } from '../partnercenter/models';

/** One line item of an indexed order. */
export interface IndexedLine {
  /** Offer id. */
  offer: string;
  /** Friendly name, when it has one. */
  name?: string;
  qty: number;
  /** The subscription it created. */
  sub?: string;
  term?: string;
}

export interface IndexedOrder {
  id: string;
  /** Customer tenant id (lowercase). */
  cust: string;
  status: string;
  cycle: string;
  /** Created (epoch ms; 0 when Partner Center gave no readable date). */
  created: number;
  /** When the index first saw it in this status (epoch ms): "changed since". */
  changed: number;
  currency?: string;
  /** Transaction type when not a user purchase. */
  tx?: string;
  lines: IndexedLine[];
}

export interface IndexedSubscription {
  id: string;
  cust: string;
  order?: string;
  offer?: string;
  /** Friendly name, else the offer name. */
  name?: string;
  status: string;
  cycle?: string;
  qty: number;
  created?: number;
  /** Commitment end (epoch ms). */
  ends?: number;
  autoRenew?: boolean;
  /** Cancellable until (epoch ms); null: cannot be cancelled; absent: not said. */
  cancelBy?: number | null;
  term?: string;
  /** What the next term changes (scheduledNextTermInstructions); absent when nothing differs. */
  next?: NextTerm;
  /** Seats that can still be reduced now (refundableQuantity), when some can. */
  refund?: number;
}

/** Only what the next term changes against the current one: each field is there when it differs. */
export interface NextTerm {
  qty?: number;
  /** ISO 8601 duration, upper case: P1M, P1Y, P3Y. */
  term?: string;
  /** Canonical billing cycle (annual, monthly, ...), else as it came. */
  cycle?: string;
  /** The next term's product and SKU (`CFQ7TTC0LFLX:0001`) when it is another one. */
  product?: string;
}

const time = (text: string | null | undefined): number | undefined => {
  const ms = parsePartnerCenterDate(text);
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
};

/**
 * Undefined fields are left out, so a record stores only what it has. Copied, not `delete`d: a deleted property
 * turns a V8 object into a dictionary, and an order held in memory took 1,250 bytes instead of 820 (npm run
 * bench, the index section).
 */
function compact<T extends object>(record: T): T {
  const kept = {} as T;
  for (const key of Object.keys(record) as (keyof T)[])
    if (record[key] !== undefined) kept[key] = record[key];
  return kept;
}

/** The record of an order first seen at `seenAt` (mergeOrder keeps the time of a status already known). */
export function indexedOrder(order: Order, customerId: string, seenAt: number): IndexedOrder {
  const status = (order.status ?? 'unknown').toLowerCase();
  const created = time(order.creationDate) ?? 0;
  return compact({
    id: order.id,
    cust: customerId.toLowerCase(),
    status,
    cycle: order.billingCycle ?? '',
    created,
    // First seen: its creation is the last change known.
    changed: created || seenAt,
    currency: order.currencyCode ?? undefined,
    tx: order.transactionType && order.transactionType !== 'UserPurchase' ? order.transactionType : undefined,
    lines: (order.lineItems ?? []).map((line) =>
      compact({
        offer: line.offerId ?? '',
        name: line.friendlyName ?? undefined,
        qty: line.quantity ?? 0,
        sub: line.subscriptionId ?? undefined,
        term: line.termDuration || undefined,
      }),
    ),
  });
}

/** The order as stored again at `at`: a status already known keeps its time; a new one dates from now. */
export function mergeOrder(before: IndexedOrder | undefined, next: IndexedOrder, at: number): IndexedOrder {
  if (!before) return next;
  return { ...next, changed: before.status === next.status ? before.changed : at };
}

export function indexedSubscription(subscription: Subscription, customerId: string): IndexedSubscription {
  const cancellable = subscription.cancellationAllowedUntilDate;
  return compact({
    id: subscription.id,
    cust: customerId.toLowerCase(),
    order: subscription.orderId ?? undefined,
    offer: subscription.offerId ?? undefined,
    name: subscription.friendlyName ?? subscription.offerName ?? undefined,
    status: (subscription.status ?? 'unknown').toLowerCase(),
    cycle: subscription.billingCycle ?? undefined,
    qty: subscription.quantity ?? 0,
    created: time(subscription.creationDate),
    ends: time(subscription.commitmentEndDate),
    autoRenew: subscription.autoRenewEnabled ?? undefined,
    cancelBy: cancellable === null ? null : time(cancellable),
    term: subscription.termDuration || undefined,
    next: nextTerm(subscription),
    refund: refundable(subscription.refundableQuantity),
  });
}

const upper = (text: string | null | undefined): string | undefined =>
  text?.trim().toUpperCase() || undefined;
const cycleOf = (text: string | null | undefined): string | undefined =>
  normalizeBillingCycle(text) ?? (text?.trim() || undefined);
/** `PRODUCT:SKU` of an offer id (`CFQ7TTC0LFLZ:0001:CFQ7TTC0LFLZAV01`); the availability changes too often to count. */
const productSku = (offer: string | null | undefined): string | undefined =>
  upper(offer?.split(':').slice(0, 2).join(':'));

/** The differences the scheduled next term makes, from the instructions as real answers vary them. */
export function nextTerm(subscription: Subscription): NextTerm | undefined {
  const next = subscription.scheduledNextTermInstructions;
  if (!next) return undefined;
  const product = next.product ?? undefined;
  const term = upper(product?.termDuration ?? next.termDuration);
  const cycle = cycleOf(product?.billingCycle ?? next.billingCycle);
  const sku = product?.productId
    ? upper([product.productId, product.skuId].filter(Boolean).join(':'))
    : undefined;
  const diff = compact<NextTerm>({
    qty:
      typeof next.quantity === 'number' && next.quantity !== subscription.quantity
        ? next.quantity
        : undefined,
    term: term && term !== upper(subscription.termDuration) ? term : undefined,
    cycle: cycle && cycle !== cycleOf(subscription.billingCycle) ? cycle : undefined,
    product: sku && sku !== productSku(subscription.offerId) ? sku : undefined,
  });
  return Object.keys(diff).length > 0 ? diff : undefined;
}

function refundable(quantity: Subscription['refundableQuantity']): number | undefined {
  if (quantity === null || quantity === undefined) return undefined;
  const total =
    typeof quantity === 'number'
      ? quantity
      : (quantity.totalQuantity ?? (quantity.details ?? []).reduce((sum, d) => sum + (d.quantity ?? 0), 0));
  return total > 0 ? total : undefined;
}

/**
 * An id as people paste it, made comparable: stray spaces, Markdown escapes (`\_`), a trailing ellipsis and
 * quotes are dropped, and case does not matter (Partner Center matches ids in any case).
 */
export function idQuery(typed: string): string {
  return typed
    .replace(/\\(.)/g, '$1')
    .replace(/[\s"'`“”‘’]/gu, '')
    .replace(/(…|\.\.\.)$/u, '')
    .toLowerCase();
}
