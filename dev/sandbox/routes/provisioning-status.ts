import type { OrderStatus, ProvisioningStatusItem } from '../../../src/partnercenter/models';
import { collection } from '../collection';
import { orderNotFound } from '../http/errors';
import { json, type Reply } from '../http/reply';
import { link } from '../link';
import type { Params, RouteContext } from '../router';
import { requireCustomer } from './lookup';

function lineStatus(status: OrderStatus): string {
  switch (status) {
    case 'completed':
      return 'fulfilled';
    case 'pending':
    case 'po_upload_complete':
      return 'pending';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'unknown';
  }
}

/** GET /v1/customers/{id}/orders/{orderId}/provisioningstatus: one entry per line item. */
export function getProvisioningStatus(ctx: RouteContext, { customerId = '', orderId = '' }: Params): Reply {
  const record = requireCustomer(ctx, customerId);
  const found = record.data().orderById.get(orderId.toLowerCase());
  if (!found) throw orderNotFound(orderId);
  const order = ctx.lifecycle.present(found.order);
  const provisioned = ctx.lifecycle.provisionedLines(found.order);
  const items = order.lineItems.map(
    (item, i): ProvisioningStatusItem & { attributes: { objectType: string } } => ({
      lineItemNumber: item.lineItemNumber,
      status: i < provisioned ? 'fulfilled' : lineStatus(order.status),
      quantityProvisioningInformation: [],
      attributes: { objectType: 'OrderLineItemProvisioningStatus' },
    }),
  );
  return json(
    collection(items, {
      self: link(`/customers/${record.customer.id}/orders/${order.id}/provisioningstatus`),
    }),
  );
}
