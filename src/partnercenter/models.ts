// Partner Center REST resources, as the API returns them (see ../shared/notes/partner-center.md).
// Enums are open: an unknown value is kept and shown as it came, never rejected. schemas.ts checks every
// answer against these shapes before the client returns it; optional fields may also arrive as null.

export interface Link {
  uri: string;
  method: string;
  headers: { key: string; value: string }[];
  body?: string;
}

export interface ResourceAttributes {
  etag?: string;
  objectType?: string;
}

export interface ResourceLinks {
  self?: Link;
  next?: Link;
  previous?: Link;
}

export interface Collection<T> {
  totalCount: number;
  items: T[];
  links?: ResourceLinks;
  continuationToken?: string;
  attributes?: ResourceAttributes;
}

/** Canonical billing cycles; responses may carry others. */
export type BillingCycle = 'monthly' | 'annual' | 'one_time' | 'none' | 'triennial' | 'biennial' | 'unknown';

export type OrderStatus =
  'unknown' | 'completed' | 'pending' | 'cancelled' | 'po_upload_complete' | (string & {});

export type TransactionType = 'UserPurchase' | 'SystemPurchase' | 'SystemBilling' | (string & {});

export interface Pricing {
  listPrice?: number;
  discountedPrice?: number;
  price?: number;
  proratedPrice?: number;
  extendedPrice?: number;
}

export interface OrderLineItem {
  lineItemNumber: number;
  offerId: string;
  subscriptionId?: string;
  parentSubscriptionId?: string;
  friendlyName?: string;
  quantity: number;
  termDuration?: string;
  transactionType?: TransactionType;
  partnerIdOnRecord?: string;
  pricing?: Pricing;
  links?: Record<string, Link | undefined>;
}

export interface Order {
  id: string;
  alternateId?: string;
  referenceCustomerId: string;
  billingCycle: string;
  currencyCode?: string;
  currencySymbol?: string;
  creationDate: string;
  status: OrderStatus;
  totalPrice?: number;
  transactionType?: TransactionType;
  lineItems: OrderLineItem[];
  links?: { self?: Link; provisioningStatus?: Link; patchOperation?: Link };
  attributes?: ResourceAttributes;
}

export type SubscriptionStatus =
  'none' | 'active' | 'pending' | 'suspended' | 'deleted' | 'disabled' | 'expired' | (string & {});

export interface Subscription {
  id: string;
  entitlementId?: string;
  offerId?: string;
  offerName?: string;
  friendlyName?: string;
  quantity: number;
  unitType?: string;
  creationDate?: string;
  effectiveStartDate?: string;
  commitmentEndDate?: string;
  status: SubscriptionStatus;
  autoRenewEnabled?: boolean;
  billingType?: string;
  billingCycle?: string;
  termDuration?: string;
  contractType?: string;
  orderId?: string;
  links?: Record<string, Link | undefined>;
  attributes?: ResourceAttributes;
}

export interface CompanyProfile {
  tenantId: string;
  /** Absent in some real profiles. */
  domain?: string;
  companyName: string;
}

export interface Customer {
  id: string;
  commerceId?: string;
  companyProfile: CompanyProfile;
  relationshipToPartner?: string;
  links?: ResourceLinks;
  attributes?: ResourceAttributes;
}

/** An entry of GET /v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf */
export interface PartnerRelationship {
  id: string;
  name: string;
  relationshipType: string;
  state?: string;
  mpnId?: string;
  location?: string;
  attributes?: ResourceAttributes;
}

export interface ProvisioningStatusItem {
  lineItemNumber: number;
  status: string;
  quantityProvisioningInformation?: unknown[];
}

/** Partner Center's error body; `code` is usually numeric, sometimes a string. */
export interface ApiErrorBody {
  code?: number | string;
  description?: string;
  data?: unknown[];
  source?: string;
  /** The 429 body has this shape instead. */
  statusCode?: number;
  message?: string;
}
