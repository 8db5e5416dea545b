import type { CustomerSearchField, OrderQuery, PartnerCenterApi } from '../partnercenter/api';
import type {
  Customer,
  Order,
  PartnerRelationship,
  ProvisioningStatusItem,
  Subscription,
} from '../partnercenter/models';
import { provisioningStatusItemSchema } from '../partnercenter/provisioning-status';
import type { RequestContext } from '../partnercenter/request-context';
import {
  customerSchema,
  orderSchema,
  relationshipSchema,
  subscriptionSchema,
} from '../partnercenter/schemas';
import { z } from 'zod';
import type { CachePolicy } from './cache-policy';
import type { ResponseCache } from './response-cache';

/** A value read back from the shared tier is served only if it still has the shape the client checked. */
const accepts =
  (schema: z.ZodTypeAny) =>
  (value: unknown): boolean =>
    schema.safeParse(value).success;
const ACCEPT = {
  customers: accepts(z.array(customerSchema)),
  customer: accepts(customerSchema),
  orders: accepts(z.array(orderSchema)),
  order: accepts(orderSchema),
  subscriptions: accepts(z.array(subscriptionSchema)),
  relationships: accepts(z.array(relationshipSchema)),
  provisioning: accepts(z.array(provisioningStatusItemSchema)),
};

/**
 * The cache in front of the client. Keys carry the scope (cloud and partner tenant) and the full query, so
 * two partners or two clouds never share an answer. Partner Center matches ids in any case, so customer and
 * order ids are lowercased in keys: two spellings of one id share one answer.
 */
export class CachedPartnerCenterApi implements PartnerCenterApi {
  constructor(
    private readonly inner: PartnerCenterApi,
    private readonly cache: ResponseCache,
    private readonly policy: CachePolicy,
    private readonly scope: string,
  ) {}

  searchCustomers(
    field: CustomerSearchField,
    value: string,
    ctx: RequestContext,
    limit?: number,
  ): Promise<Customer[]> {
    const key = this.key('searchCustomers', field, value.toLowerCase(), String(limit ?? ''));
    return this.cache.get(
      { operation: 'searchCustomers', key, ttlMs: this.policy.directoryTtlMs, accept: ACCEPT.customers },
      ctx,
      (signal) => this.inner.searchCustomers(field, value, shared(ctx, signal), limit),
    );
  }

  getCustomer(customerId: string, ctx: RequestContext): Promise<Customer> {
    const key = this.key('getCustomer', customerId.toLowerCase());
    return this.cache.get(
      { operation: 'getCustomer', key, ttlMs: this.policy.directoryTtlMs, accept: ACCEPT.customer },
      ctx,
      (signal) => this.inner.getCustomer(customerId, shared(ctx, signal)),
    );
  }

  listOrders(customerId: string, query: OrderQuery, ctx: RequestContext): Promise<Order[]> {
    const key = this.key(
      'listOrders',
      customerId.toLowerCase(),
      query.billingCycle ?? '',
      query.indirectResellerId?.toLowerCase() ?? '',
      query.includePrice ? 'price' : '',
      query.includeSystemPurchases ? 'system' : '',
    );
    return this.cache.get(
      { operation: 'listOrders', key, ttlMs: this.policy.ordersTtlMs, accept: ACCEPT.orders },
      ctx,
      (signal) => this.inner.listOrders(customerId, query, shared(ctx, signal)),
    );
  }

  getOrder(customerId: string, orderId: string, ctx: RequestContext, includePrice?: boolean): Promise<Order> {
    const key = this.key(
      'getOrder',
      customerId.toLowerCase(),
      orderId.toLowerCase(),
      includePrice ? 'price' : '',
    );
    return this.cache.get(
      { operation: 'getOrder', key, ttlMs: this.policy.ordersTtlMs, accept: ACCEPT.order },
      ctx,
      (signal) => this.inner.getOrder(customerId, orderId, shared(ctx, signal), includePrice),
    );
  }

  listSubscriptions(customerId: string, ctx: RequestContext, orderId?: string): Promise<Subscription[]> {
    const key = this.key('listSubscriptions', customerId.toLowerCase(), orderId?.toLowerCase() ?? '');
    return this.cache.get(
      { operation: 'listSubscriptions', key, ttlMs: this.policy.ordersTtlMs, accept: ACCEPT.subscriptions },
      ctx,
      (signal) => this.inner.listSubscriptions(customerId, shared(ctx, signal), orderId),
    );
  }

  listIndirectResellers(ctx: RequestContext): Promise<PartnerRelationship[]> {
    const key = this.key('listIndirectResellers');
    return this.cache.get(
      {
        operation: 'listIndirectResellers',
        key,
        ttlMs: this.policy.directoryTtlMs,
        accept: ACCEPT.relationships,
      },
      ctx,
      (signal) => this.inner.listIndirectResellers(shared(ctx, signal)),
    );
  }

  getProvisioningStatus(
    customerId: string,
    orderId: string,
    ctx: RequestContext,
  ): Promise<ProvisioningStatusItem[]> {
    const inner = this.inner;
    if (!inner.getProvisioningStatus) return Promise.resolve([]);
    const key = this.key('getProvisioningStatus', customerId.toLowerCase(), orderId);
    return this.cache.get(
      {
        operation: 'getProvisioningStatus',
        key,
        ttlMs: this.policy.ordersTtlMs,
        accept: ACCEPT.provisioning,
      },
      ctx,
      (signal) => inner.getProvisioningStatus!(customerId, orderId, shared(ctx, signal)),
    );
  }

  private key(...parts: string[]): string {
    // JSON keeps parts that contain the separator apart ("a|b","c" vs "a","b|c").
    return JSON.stringify([this.scope, ...parts]);
  }
}

/**
 * The context of a shared upstream call: the first turn's correlation id and locale, but the call's own
 * signal, so that one turn reaching its deadline does not abort the call other turns are waiting for.
 */
function shared(ctx: RequestContext, signal: AbortSignal): RequestContext {
  return { ...ctx, signal };
}
