// The shapes of the Partner Center answers the client reads, checked before anything is cached or shown; the
// types in models.ts are inferred from them, so a shape is written once. Lenient the way real data is (see
// ../shared/notes/partner-center.md and the sandbox's realData knob): unknown fields pass, enums are any string,
// optional fields may be absent or null. Required only where an answer without the field is no answer: ids,
// names, the arrays of a collection. Fields real data may lack (status, currencyCode, even lineItems) are
// optional, and code that reads them handles their absence. Every field the bot reads is listed, with its type
// (a number where a name belongs would break a card later); fields it does not read pass as `unknown`.

import { z } from 'zod';
import { PartnerCenterError } from './errors';
import type { RequestContext } from './request-context';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = optional(z.string());
const num = optional(z.number());
const id = z.string().min(1);

export const linkSchema = z
  .object({
    uri: z.string(),
    headers: optional(z.array(z.object({ key: z.string(), value: z.string() }).loose())),
  })
  .loose();

export const pricingSchema = z
  .object({ listPrice: num, discountedPrice: num, price: num, proratedPrice: num, extendedPrice: num })
  .loose();

export const lineItemSchema = z
  .object({
    lineItemNumber: num,
    offerId: text,
    subscriptionId: text,
    parentSubscriptionId: text,
    friendlyName: text,
    quantity: num,
    termDuration: text,
    transactionType: text,
    /** The MPN id of the indirect reseller the item was sold through. */
    partnerIdOnRecord: text,
    pricing: optional(pricingSchema),
  })
  .loose();

export const orderSchema = z
  .object({
    id,
    alternateId: text,
    referenceCustomerId: text,
    billingCycle: text,
    currencyCode: text,
    currencySymbol: text,
    creationDate: text,
    status: text,
    /** Only with include_price. */
    totalPrice: num,
    transactionType: text,
    lineItems: optional(z.array(lineItemSchema)),
  })
  .loose();

/**
 * The next term's product (the .NET client's ProductTerm): billingCycle and termDuration belong here, though
 * they are also read beside `product` in case an answer puts them there.
 */
export const productTermSchema = z
  .object({
    productId: text,
    skuId: text,
    availabilityId: text,
    billingCycle: text,
    termDuration: text,
    promotionId: text,
  })
  .loose();

/** What a new-commerce subscription changes to at its next renewal (null or absent when nothing is scheduled). */
export const scheduledNextTermSchema = z
  .object({
    product: optional(productTermSchema),
    quantity: num,
    billingCycle: text,
    termDuration: text,
    customTermEndDate: text,
  })
  .loose();

/** Seats that can still be reduced, and until when (documented as an object; a bare number is accepted too). */
export const refundableQuantitySchema = z.union([
  z.number(),
  z
    .object({
      totalQuantity: num,
      details: optional(z.array(z.object({ quantity: num, allowedUntilDateTime: text }).loose())),
    })
    .loose(),
]);

export const refundOptionSchema = z.object({ type: text, expiresAt: text }).loose();

export const subscriptionSchema = z
  .object({
    id,
    entitlementId: text,
    offerId: text,
    offerName: text,
    friendlyName: text,
    quantity: num,
    unitType: text,
    creationDate: text,
    effectiveStartDate: text,
    commitmentEndDate: text,
    status: text,
    autoRenewEnabled: optional(z.boolean()),
    billingType: text,
    billingCycle: text,
    termDuration: text,
    contractType: text,
    orderId: text,
    /** Null: it cannot be cancelled; the term end: cancellable any time; else the window's end (168 h). */
    cancellationAllowedUntilDate: text,
    refundableQuantity: optional(refundableQuantitySchema),
    refundOptions: optional(z.array(refundOptionSchema)),
    scheduledNextTermInstructions: optional(scheduledNextTermSchema),
  })
  .loose();

export const companyProfileSchema = z
  // Some real profiles have no domain.
  .object({ companyName: z.string(), domain: text, tenantId: text })
  .loose();

export const customerSchema = z.object({ id, companyProfile: companyProfileSchema }).loose();

export const relationshipSchema = z
  .object({ id, name: z.string(), relationshipType: text, state: text, mpnId: text })
  .loose();

/** A page of a collection: `items` must be an array of valid items; `links.next` is followed if present. */
export function collectionSchema<Item extends z.ZodType>(item: Item) {
  return z
    .object({
      totalCount: num,
      items: z.array(item),
      links: optional(z.object({ next: optional(linkSchema) }).loose()),
    })
    .loose();
}

export interface Received {
  operation: string;
  requestId: string;
  ctx: RequestContext;
}

/**
 * The body as the schema reads it when it has the schema's shape (unknown fields kept, nothing transformed);
 * otherwise a 'malformed' PartnerCenterError naming the first wrong field (its path and what was expected,
 * never its value).
 */
export function checked<S extends z.ZodType>(schema: S, body: unknown, received: Received): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the body';
  throw new PartnerCenterError({
    reason: 'malformed',
    status: 200,
    operation: received.operation,
    correlationId: received.ctx.correlationId,
    requestId: received.requestId,
    description: `unexpected answer: ${where}: ${issue?.message ?? 'wrong shape'}`,
  });
}
