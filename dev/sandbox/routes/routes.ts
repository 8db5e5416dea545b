import type { Route } from '../router';
import { getCustomer, listCustomers } from './customers';
import { instanceDiscovery, openIdConfiguration, signingKeys } from './discovery';
import { getOrder, listOrders } from './orders';
import { getProvisioningStatus } from './provisioning-status';
import { listRelationships } from './relationships';
import { getSubscription, listSubscriptions } from './subscriptions';
import { issueToken } from './token';

/** The Partner Center REST API (/v1, bearer token required). */
export const API_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/v1/customers', handle: listCustomers },
  { method: 'GET', pattern: '/v1/customers/:customerId', handle: getCustomer },
  { method: 'GET', pattern: '/v1/customers/:customerId/orders', handle: listOrders },
  { method: 'GET', pattern: '/v1/customers/:customerId/orders/:orderId', handle: getOrder },
  {
    method: 'GET',
    pattern: '/v1/customers/:customerId/orders/:orderId/provisioningstatus',
    handle: getProvisioningStatus,
  },
  { method: 'GET', pattern: '/v1/customers/:customerId/subscriptions', handle: listSubscriptions },
  {
    method: 'GET',
    pattern: '/v1/customers/:customerId/subscriptions/:subscriptionId',
    handle: getSubscription,
  },
  { method: 'GET', pattern: '/v1/relationships', handle: listRelationships },
];

/** The Microsoft Entra endpoints MSAL uses (no bearer token). */
export const IDENTITY_ROUTES: readonly Route[] = [
  { method: 'POST', pattern: '/:tenant/oauth2/v2.0/token', handle: issueToken },
  { method: 'GET', pattern: '/:tenant/v2.0/.well-known/openid-configuration', handle: openIdConfiguration },
  { method: 'GET', pattern: '/common/discovery/instance', handle: instanceDiscovery },
  { method: 'GET', pattern: '/:tenant/discovery/v2.0/keys', handle: signingKeys },
];
