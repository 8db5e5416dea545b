import type { CustomerSearchField, OrderQuery, PartnerCenterApi } from './api';
import { billingCycleQueryValue } from './billing-cycle';
import { PartnerCenterError } from './errors';
import type { z } from 'zod';
import type {
  Customer,
  Link,
  Order,
  PartnerRelationship,
  ProvisioningStatusItem,
  Subscription,
} from './models';
import { isPathSafeId } from './path-segment';
import { provisioningStatusItemSchema } from './provisioning-status';
import type { RequestContext } from './request-context';
import {
  checked,
  collectionSchema,
  customerSchema,
  orderSchema,
  relationshipSchema,
  subscriptionSchema,
} from './schemas';
import type { Transport } from './transport';

type PageSchema<Item extends z.ZodType> = ReturnType<typeof collectionSchema<Item>>;

const PAGES = {
  customers: collectionSchema(customerSchema),
  orders: collectionSchema(orderSchema),
  subscriptions: collectionSchema(subscriptionSchema),
  relationships: collectionSchema(relationshipSchema),
};

// A server that keeps answering links.next must not keep a turn busy forever.
const MAX_PAGES = 20;
const PROVISIONING_PAGE = collectionSchema(provisioningStatusItemSchema);
const SEARCH_PAGE_SIZE = 100;
/** Customers a page when the whole list is read (what a crawler pays per page). */
export const CUSTOMER_PAGE_SIZE = SEARCH_PAGE_SIZE;

/**
 * Partner Center resources over HTTP. Every answer is checked against its schema (schemas.ts) before it is
 * returned, so a wrong shape is a 'malformed' error here and is never cached. Stateless; safe to share.
 */
export class PartnerCenterClient implements PartnerCenterApi {
  constructor(private readonly transport: Transport) {}

  async searchCustomers(
    field: CustomerSearchField,
    value: string,
    ctx: RequestContext,
    limit = SEARCH_PAGE_SIZE,
  ): Promise<Customer[]> {
    // JSON.stringify encodes quotes, braces and backslashes in names; the query string encoding does the rest.
    const filter = JSON.stringify({ Field: field, Value: value, Operator: 'starts_with' });
    const size = Math.min(Math.max(limit, 1), SEARCH_PAGE_SIZE);
    const path = `/customers?size=${size}&filter=${encodeURIComponent(filter)}`;
    return this.collect('searchCustomers', path, PAGES.customers, ctx, limit);
  }

  /**
   * Every customer of the partner (no filter), all pages: what the customer directory loads. Follows
   * links.next up to `maxPages` pages of 100 (default 1,000 pages: 100,000 customers, more than the largest
   * partners have; 100 pages cut the directory off at 10,000).
   */
  async listCustomers(ctx: RequestContext, maxPages = 1_000): Promise<Customer[]> {
    const path = `/customers?size=${SEARCH_PAGE_SIZE}`;
    return this.collect('listCustomers', path, PAGES.customers, ctx, Infinity, maxPages);
  }

  async getCustomer(customerId: string, ctx: RequestContext): Promise<Customer> {
    const path = `/customers/${segment('getCustomer', customerId, ctx)}`;
    return this.getOne('getCustomer', path, customerSchema, ctx);
  }

  async listOrders(customerId: string, query: OrderQuery, ctx: RequestContext): Promise<Order[]> {
    const params = new URLSearchParams();
    if (query.indirectResellerId) params.set('indirect_reseller_id', query.indirectResellerId);
    if (query.billingCycle) params.set('billingType', billingCycleQueryValue(query.billingCycle));
    if (query.includePrice) params.set('include_price', 'true');
    if (query.includeSystemPurchases) params.set('include_system_purchases', 'true');
    const qs = params.toString();
    return this.collect(
      'listOrders',
      `/customers/${segment('listOrders', customerId, ctx)}/orders${qs ? `?${qs}` : ''}`,
      PAGES.orders,
      ctx,
    );
  }

  async getOrder(
    customerId: string,
    orderId: string,
    ctx: RequestContext,
    includePrice = false,
  ): Promise<Order> {
    const customer = segment('getOrder', customerId, ctx);
    const path = `/customers/${customer}/orders/${segment('getOrder', orderId, ctx)}${includePrice ? '?include_price=true' : ''}`;
    return this.getOne('getOrder', path, orderSchema, ctx);
  }

  async listSubscriptions(
    customerId: string,
    ctx: RequestContext,
    orderId?: string,
  ): Promise<Subscription[]> {
    const qs = orderId ? `?order_id=${encodeURIComponent(orderId)}` : '';
    return this.collect(
      'listSubscriptions',
      `/customers/${segment('listSubscriptions', customerId, ctx)}/subscriptions${qs}`,
      PAGES.subscriptions,
      ctx,
    );
  }

  async listIndirectResellers(ctx: RequestContext): Promise<PartnerRelationship[]> {
    const path = '/relationships?relationship_type=IsIndirectCloudSolutionProviderOf';
    return this.collect('listIndirectResellers', path, PAGES.relationships, ctx);
  }

  async getProvisioningStatus(
    customerId: string,
    orderId: string,
    ctx: RequestContext,
  ): Promise<ProvisioningStatusItem[]> {
    const op = 'getProvisioningStatus';
    const path = `/customers/${segment(op, customerId, ctx)}/orders/${segment(op, orderId, ctx)}/provisioningstatus`;
    return this.collect(op, path, PROVISIONING_PAGE, ctx);
  }

  private async getOne<S extends z.ZodType>(
    operation: string,
    target: string | Link,
    schema: S,
    ctx: RequestContext,
  ): Promise<z.output<S>> {
    const { body, requestId } = await this.transport.get<unknown>(operation, target, ctx);
    return checked(schema, body, { operation, requestId, ctx });
  }

  /** Reads a collection, following links.next (seek paging with MS-ContinuationToken) up to `limit` items. */
  private async collect<Item extends z.ZodType>(
    operation: string,
    path: string,
    schema: PageSchema<Item>,
    ctx: RequestContext,
    limit = Infinity,
    maxPages = MAX_PAGES,
  ): Promise<z.output<Item>[]> {
    const items: z.output<Item>[] = [];
    let page = await this.getOne(operation, path, schema, ctx);
    for (let pages = 1; ; pages++) {
      items.push(...page.items);
      const next = page.links?.next;
      if (!next || items.length >= limit || pages >= maxPages) break;
      page = await this.getOne(operation, next, schema, ctx);
    }
    return items.length > limit ? items.slice(0, limit) : items;
  }
}

/**
 * An id as one encoded path segment. An id that could not name one resource (`.`, `..`, a `/`) is refused
 * before any request, as Partner Center would answer an unknown id: not found.
 */
function segment(operation: string, id: string, ctx: RequestContext): string {
  if (isPathSafeId(id)) return encodeURIComponent(id);
  throw new PartnerCenterError({
    reason: 'notFound',
    status: 0,
    operation,
    correlationId: ctx.correlationId,
    requestId: '',
    description: 'not a valid id',
  });
}
