import { collection, pageOf, withQuery } from '../collection';
import { MAX_PAGE_SIZE } from '../fixtures/ids';
import { orderNotFound } from '../http/errors';
import { json, type Reply } from '../http/reply';
import { link } from '../link';
import type { Params, RouteContext } from '../router';
import { requireCustomer } from './lookup';
import { parseFlag, parseOrderQuery } from './order-query';
import { presentOrder } from './order-view';

/** GET /v1/customers/{id}/orders[?billingType&indirect_reseller_id&include_price&include_system_purchases] */
export function listOrders(ctx: RouteContext, { customerId = '' }: Params): Reply {
  const record = requireCustomer(ctx, customerId);
  const id = record.customer.id;
  const scope = `orders:${id}`;
  const { query, offset } = ctx.paging.listing(scope, ctx.query, ctx.headers);
  const filter = parseOrderQuery(query);
  // Partner Center does not document an order; fixture order it is.
  const now = record.data().orders.map((o) => ({ ...o, order: ctx.lifecycle.present(o.order) }));
  const page = pageOf(now.filter(filter.matches), offset, MAX_PAGE_SIZE);
  const state = query.without('seekOperation');
  const next =
    page.nextOffset === undefined
      ? undefined
      : ctx.paging.nextLink(
          scope,
          state,
          page.nextOffset,
          withQuery(`/v1/customers/${id}/orders`, { ...state, seekOperation: 'Next' }),
        );
  return json(
    collection(
      page.items.map((o) => presentOrder(o.order, filter.includePrice)),
      { self: link(`/customers/${id}/orders`), next },
    ),
  );
}

/** GET /v1/customers/{id}/orders/{orderId}[?include_price=true] */
export function getOrder(ctx: RouteContext, { customerId = '', orderId = '' }: Params): Reply {
  const record = requireCustomer(ctx, customerId);
  const found = record.data().orderById.get(orderId.toLowerCase());
  if (!found) throw orderNotFound(orderId);
  return json(presentOrder(ctx.lifecycle.present(found.order), parseFlag(ctx.query, 'include_price')));
}
