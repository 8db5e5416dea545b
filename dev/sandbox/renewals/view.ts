// A planned subscription as Partner Center shows it at a time: the term it is in (renewed with its scheduled
// changes, or expired), its cancellation window and refundable seats, and the next term's instructions. Written
// untidily on purpose, as real answers are, each subscription always the same way (its style): end dates with
// and without 'Z' or a fraction, instants with 7, 3 or no fraction digits, null against absent fields, enums in
// other cases. The sandbox shares no parsing code with the bot's client.
import type { BillingCycle, Subscription } from '../../../src/partnercenter/models';
import { productOfOffer, type Product } from '../fixtures/catalogue';
import { DAY_MS, termAt, termName, WINDOW_MS, type NextTermPlan, type TermPlan } from './plan';

type Wire = Record<string, unknown>;

/** A term's last day, as end dates are written: mostly `…T00:00:00Z`, some without 'Z', some with 7 zeros. */
function dayText(ms: number, style: number): string {
  const day = new Date(ms).toISOString().slice(0, 10);
  if (style % 10 === 3) return `${day}T00:00:00`;
  if (style % 10 === 7) return `${day}T00:00:00.0000000Z`;
  return `${day}T00:00:00Z`;
}

/** An instant: mostly 7 fraction digits and 'Z', some with none, some with 3 and no 'Z' (still UTC). */
function instantText(ms: number, style: number): string {
  const iso = new Date(ms).toISOString();
  if (style % 5 === 1) return `${iso.slice(0, 19)}Z`;
  if (style % 5 === 4) return iso.slice(0, 23);
  return `${iso.slice(0, 23)}${String((style * 7919) % 10_000).padStart(4, '0')}Z`;
}

/** Enum values in the case the answer happens to use: annual, Annual, ANNUAL. */
function spelled(value: string, style: number): string {
  if (style % 6 === 1) return value.charAt(0).toUpperCase() + value.slice(1);
  if (style % 17 === 0) return value.toUpperCase();
  return value;
}

/** Null or absent, as answers vary: `omit` leaves the field out. */
const nothing = (style: number, salt: number): null | 'omit' => ((style + salt) % 2 === 0 ? null : 'omit');

function put(out: Wire, key: string, value: unknown): void {
  if (value === 'omit') delete out[key];
  else out[key] = value;
}

function nextTermInstructions(
  s: Subscription,
  next: NextTermPlan,
  current: { product?: Product; months: number; cycle: string; quantity: number },
  style: number,
): Wire {
  const product = next.product ?? current.product;
  const [productId, skuId, availabilityId] = (s.offerId ?? '').split(':');
  const term = termName(next.months ?? current.months);
  return {
    product: {
      productId: product?.productId ?? productId,
      skuId: product?.skuId ?? skuId,
      availabilityId: product?.availabilityId ?? availabilityId,
      billingCycle: spelled(next.cycle ?? current.cycle, style),
      termDuration: style % 11 === 0 ? term.toLowerCase() : term,
    },
    quantity: next.quantity ?? current.quantity,
    ...(style % 3 === 0 ? { customTermEndDate: null } : {}),
  };
}

export function presentSubscription(s: Subscription, plan: TermPlan | undefined, now: number): Subscription {
  if (!plan) return s;
  const { style } = plan;
  const term = termAt(plan, now);
  const out: Wire = { ...s };
  const applied = term.applied;
  const product = applied?.product ?? productOfOffer(s.offerId);
  const quantity = applied?.quantity ?? s.quantity ?? 1;
  const cycle: BillingCycle = applied?.cycle ?? ((s.billingCycle ?? 'monthly') as BillingCycle);
  if (applied) {
    out.quantity = quantity;
    out.termDuration = termName(term.months);
    out.billingCycle = spelled(cycle, style);
    if (applied.product) {
      out.offerId = `${applied.product.productId}:${applied.product.skuId}:${applied.product.availabilityId}`;
      out.offerName = applied.product.name;
    }
  }
  out.autoRenewEnabled = plan.autoRenew;
  out.commitmentEndDate = dayText(term.renewsAt - DAY_MS, style);
  const closes = term.windowFrom + WINDOW_MS;
  const open = !term.expired && now < closes;
  if (term.expired) {
    out.status = 'expired';
    out.cancellationAllowedUntilDate = null;
  } else {
    // A window that closed still shows its date (some answers say null: it cannot be cancelled now).
    out.cancellationAllowedUntilDate = open || style % 5 !== 0 ? instantText(closes, style) : null;
  }
  if (open) {
    const until = instantText(closes, style);
    out.refundableQuantity = {
      totalQuantity: quantity,
      details: [{ quantity, allowedUntilDateTime: until }],
    };
    out.refundOptions = [{ type: style % 4 === 2 ? 'partial' : 'Partial', expiresAt: until }];
  } else {
    put(out, 'refundableQuantity', style % 3 === 0 ? { totalQuantity: 0, details: [] } : nothing(style, 1));
    put(out, 'refundOptions', style % 4 === 0 ? [] : nothing(style, 0));
  }
  const months = term.months;
  put(
    out,
    'scheduledNextTermInstructions',
    term.next && !term.expired
      ? nextTermInstructions(s, term.next, { product, months, cycle, quantity }, style)
      : nothing(style, 1),
  );
  return out as Subscription;
}
