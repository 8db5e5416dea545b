// The cached Partner Center operations, one row each: how long an answer stays fresh, the shape an answer read
// back from the shared tier must still have, and what tells two calls apart. A new cached endpoint is a client
// method (api.ts, client.ts) plus a row here; the row's types follow the method's signature.
import { z } from 'zod';
import type { PartnerCenterApi } from '../partnercenter/api';
import { idKey } from '../partnercenter/ids';
import { provisioningStatusItemSchema } from '../partnercenter/provisioning-status';
import {
  customerSchema,
  orderSchema,
  relationshipSchema,
  subscriptionSchema,
} from '../partnercenter/schemas';
import type { CachedOperations } from './cached-api';

const flag = (on: boolean | undefined, word: string) => (on ? word : '');

export const PARTNER_CENTER_OPERATIONS: CachedOperations<PartnerCenterApi> = {
  searchCustomers: {
    ttl: 'directoryTtlMs',
    schema: z.array(customerSchema),
    ctxAt: 2,
    key: (field, value, _ctx, limit) => [field, value.toLowerCase(), String(limit ?? '')],
  },
  getCustomer: {
    ttl: 'directoryTtlMs',
    schema: customerSchema,
    ctxAt: 1,
    key: (customerId) => [idKey(customerId)],
  },
  listOrders: {
    ttl: 'ordersTtlMs',
    schema: z.array(orderSchema),
    ctxAt: 2,
    key: (customerId, query) => [
      idKey(customerId),
      query.billingCycle ?? '',
      idKey(query.indirectResellerId ?? ''),
      flag(query.includePrice, 'price'),
      flag(query.includeSystemPurchases, 'system'),
    ],
  },
  getOrder: {
    ttl: 'ordersTtlMs',
    schema: orderSchema,
    ctxAt: 2,
    key: (customerId, orderId, _ctx, includePrice) => [
      idKey(customerId),
      idKey(orderId),
      flag(includePrice, 'price'),
    ],
  },
  listSubscriptions: {
    ttl: 'ordersTtlMs',
    schema: z.array(subscriptionSchema),
    ctxAt: 1,
    key: (customerId, _ctx, orderId) => [idKey(customerId), idKey(orderId ?? '')],
  },
  listIndirectResellers: {
    ttl: 'directoryTtlMs',
    schema: z.array(relationshipSchema),
    ctxAt: 0,
    key: () => [],
  },
  getProvisioningStatus: {
    ttl: 'ordersTtlMs',
    schema: z.array(provisioningStatusItemSchema),
    ctxAt: 2,
    key: (customerId, orderId) => [idKey(customerId), idKey(orderId)],
    // A client without App+User auth has no such call: no line item has a status to show.
    unsupported: [],
  },
};
