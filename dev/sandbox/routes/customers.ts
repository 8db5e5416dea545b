import { collection, pageOf, withQuery } from '../collection';
import { json, type Reply } from '../http/reply';
import { link } from '../link';
import type { Params, RouteContext } from '../router';
import { parseCustomerFilter } from './customer-filter';
import { customersOf, requireCustomer } from './lookup';
import { parsePageSize } from './page-size';

const SCOPE = 'customers';

/** GET /v1/customers?size=N&filter=<json>, seek-paged. */
export function listCustomers(ctx: RouteContext): Reply {
  const { query, offset } = ctx.paging.listing(SCOPE, ctx.query, ctx.headers);
  const size = parsePageSize(query.get('size'));
  const filterText = query.get('filter');
  const filter = parseCustomerFilter(filterText);
  const all = customersOf(ctx);
  const matching = filter ? all.filter(filter) : all;
  const page = pageOf(matching, offset, size);
  // As Partner Center does, the next uri carries only size; the filter travels inside the token.
  const state = { size: String(size), ...(filterText ? { filter: filterText } : {}) };
  return json(
    collection(
      page.items.map((r) => r.customer),
      {
        self: link(withQuery('/customers', state)),
        next:
          page.nextOffset === undefined
            ? undefined
            : ctx.paging.nextLink(
                SCOPE,
                state,
                page.nextOffset,
                `/v1/customers?size=${size}&seekOperation=Next`,
              ),
      },
    ),
  );
}

/** GET /v1/customers/{id} */
export function getCustomer(ctx: RouteContext, { customerId = '' }: Params): Reply {
  return json(requireCustomer(ctx, customerId).customer);
}
