// Partner Center REST resources as the bot reads them: each type is what its schema (schemas.ts) accepts, so
// the check and the type cannot disagree. Fields the schema does not list pass through as `unknown`. Enums are
// open: an unknown value is kept and shown as it came, never rejected; the unions below name the known values.
import type { z } from 'zod';
import type { apiErrorBodySchema } from './errors';
import type { provisioningStatusItemSchema } from './provisioning-status';
import type {
  collectionSchema,
  companyProfileSchema,
  customerSchema,
  lineItemSchema,
  linkSchema,
  orderSchema,
  pricingSchema,
  productTermSchema,
  refundableQuantitySchema,
  refundOptionSchema,
  relationshipSchema,
  scheduledNextTermSchema,
  subscriptionSchema,
} from './schemas';

export type Link = z.infer<typeof linkSchema>;
export type Pricing = z.infer<typeof pricingSchema>;
export type OrderLineItem = z.infer<typeof lineItemSchema>;
export type Order = z.infer<typeof orderSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
/** A subscription's scheduled next term (renewal changes), and the product and term it names. */
export type ScheduledNextTerm = z.infer<typeof scheduledNextTermSchema>;
export type ProductTerm = z.infer<typeof productTermSchema>;
export type RefundableQuantity = z.infer<typeof refundableQuantitySchema>;
export type RefundOption = z.infer<typeof refundOptionSchema>;
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type Customer = z.infer<typeof customerSchema>;
/** An entry of GET /v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf */
export type PartnerRelationship = z.infer<typeof relationshipSchema>;
export type ProvisioningStatusItem = z.infer<typeof provisioningStatusItemSchema>;
/** One page of a collection of `T`. */
export type Collection<T> = z.infer<ReturnType<typeof collectionSchema<z.ZodType<T>>>>;

/** Canonical billing cycles; responses may carry others. */
export type BillingCycle = 'monthly' | 'annual' | 'one_time' | 'none' | 'triennial' | 'biennial' | 'unknown';

export type OrderStatus =
  'unknown' | 'completed' | 'pending' | 'cancelled' | 'po_upload_complete' | (string & {});

export type TransactionType = 'UserPurchase' | 'SystemPurchase' | 'SystemBilling' | (string & {});

export type SubscriptionStatus =
  'none' | 'active' | 'pending' | 'suspended' | 'deleted' | 'disabled' | 'expired' | (string & {});

/** Partner Center's error body, as errors.ts reads it. */
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
