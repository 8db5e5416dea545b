// The shapes of the Partner Center answers the client reads (see models.ts), checked before anything is
// cached or shown. Lenient the way real data is: unknown fields pass, enums are any string, optional fields
// may be absent or null. Strict where the bot relies on a field: ids, names, the arrays it walks, and the
// type of every field it reads (a number where a name belongs would break a card later).

import { z } from 'zod';
import { PartnerCenterError } from './errors';
import type { RequestContext } from './request-context';

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();
const text = optional(z.string());
const num = optional(z.number());
const id = z.string().min(1);

const link = z
  .object({
    uri: z.string(),
    headers: optional(z.array(z.object({ key: z.string(), value: z.string() }).loose())),
  })
  .loose();

const pricing = z
  .object({ listPrice: num, discountedPrice: num, price: num, proratedPrice: num, extendedPrice: num })
  .loose();

const lineItem = z
  .object({
    lineItemNumber: num,
    offerId: text,
    subscriptionId: text,
    friendlyName: text,
    quantity: num,
    termDuration: text,
    transactionType: text,
    pricing: optional(pricing),
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
    totalPrice: num,
    transactionType: text,
    lineItems: optional(z.array(lineItem)),
  })
  .loose();

export const subscriptionSchema = z
  .object({
    id,
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
  })
  .loose();

export const customerSchema = z
  .object({
    id,
    // Some real profiles have no domain.
    companyProfile: z.object({ companyName: z.string(), domain: text, tenantId: text }).loose(),
  })
  .loose();

export const relationshipSchema = z
  .object({ id, name: z.string(), relationshipType: text, state: text, mpnId: text })
  .loose();

/** A page of a collection: `items` must be an array of valid items; `links.next` is followed if present. */
export function collectionSchema<Item extends z.ZodTypeAny>(item: Item) {
  return z
    .object({
      totalCount: num,
      items: z.array(item),
      links: optional(z.object({ next: optional(link) }).loose()),
    })
    .loose();
}

export interface Received {
  operation: string;
  requestId: string;
  ctx: RequestContext;
}

/**
 * `body` as `T` when it has the schema's shape; otherwise a 'malformed' PartnerCenterError naming the first
 * wrong field (its path and what was expected, never its value). The body itself is returned, not zod's copy.
 */
export function checked<T>(schema: z.ZodTypeAny, body: unknown, received: Received): T {
  const result = schema.safeParse(body);
  if (result.success) return body as T;
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
