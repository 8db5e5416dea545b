import type { Subscription } from '../../../src/partnercenter/models';
import { collection, pageOf, withQuery } from '../collection';
import { MAX_PAGE_SIZE } from '../fixtures/ids';
import { subscriptionNotFound } from '../http/errors';
import { json, type Reply } from '../http/reply';
import { link } from '../link';
import type { Params, RouteContext } from '../router';
import { requireCustomer } from './lookup';

/**
 * GET /v1/customers/{id}/subscriptions[?order_id=X], order ids in any case. An unknown order id gives an empty collection, as
 * Partner Center does. The by-order shape has no links, like seed 003's.
 */
export function listSubscriptions(ctx: RouteContext, { customerId = '' }: Params): Reply {
  const record = requireCustomer(ctx, customerId);
  const id = record.customer.id;
  const scope = `subscriptions:${id}`;
  const { query, offset } = ctx.paging.listing(scope, ctx.query, ctx.headers);
  const orderId = query.get('order_id');
  const { subscriptions } = record.data();
  // As they stand on the sandbox's clock: renewed, expired, windows open or closed (renewals/).
  const present = (s: Subscription) => ctx.renewals.present(record, s);
  if (orderId) {
    const wanted = orderId.toLowerCase();
    return json(collection(subscriptions.filter((s) => s.orderId?.toLowerCase() === wanted).map(present)));
  }
  // Northwind has more subscriptions than a page: page them like orders rather than send thousands.
  const page = pageOf(subscriptions, offset, MAX_PAGE_SIZE);
  const state = query.without('seekOperation');
  const nextUri = withQuery(`/v1/customers/${id}/subscriptions`, { ...state, seekOperation: 'Next' });
  return json(
    collection(page.items.map(present), {
      self: link(`/customers/${id}/subscriptions`),
      next:
        page.nextOffset === undefined
          ? undefined
          : ctx.paging.nextLink(scope, state, page.nextOffset, nextUri),
    }),
  );
}

/** GET /v1/customers/{id}/subscriptions/{subscriptionId}; subscription ids are case-insensitive GUIDs. */
export function getSubscription(ctx: RouteContext, { customerId = '', subscriptionId = '' }: Params): Reply {
  const record = requireCustomer(ctx, customerId);
  const subscription = record.data().subscriptionById.get(subscriptionId.toLowerCase());
  if (!subscription) throw subscriptionNotFound(subscriptionId);
  return json(ctx.renewals.present(record, subscription));
}
