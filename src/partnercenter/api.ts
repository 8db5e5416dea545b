import type {
  BillingCycle,
  Customer,
  Order,
  PartnerRelationship,
  ProvisioningStatusItem,
  Subscription,
} from './models';
import type { RequestContext } from './request-context';

export type CustomerSearchField = 'CompanyName' | 'Domain' | 'IndirectReseller';

export interface OrderQuery {
  billingCycle?: BillingCycle;
  indirectResellerId?: string;
  includePrice?: boolean;
  includeSystemPurchases?: boolean;
}

/**
 * The Partner Center operations the bot uses. The HTTP client implements it and the cache wraps it,
 * so commands never know which one they talk to.
 */
export interface PartnerCenterApi {
  /** Customers whose field starts with `value` (case-insensitive), at most `limit` of them. */
  searchCustomers(
    field: CustomerSearchField,
    value: string,
    ctx: RequestContext,
    limit?: number,
  ): Promise<Customer[]>;
  getCustomer(customerId: string, ctx: RequestContext): Promise<Customer>;
  listOrders(customerId: string, query: OrderQuery, ctx: RequestContext): Promise<Order[]>;
  getOrder(customerId: string, orderId: string, ctx: RequestContext, includePrice?: boolean): Promise<Order>;
  /** All subscriptions of the customer, or only those an order created. */
  listSubscriptions(customerId: string, ctx: RequestContext, orderId?: string): Promise<Subscription[]>;
  listIndirectResellers(ctx: RequestContext): Promise<PartnerRelationship[]>;
  /** Per line item, why an order is (still) pending. Needs App+User auth in real Partner Center. */
  getProvisioningStatus?(
    customerId: string,
    orderId: string,
    ctx: RequestContext,
  ): Promise<ProvisioningStatusItem[]>;
}
