// The subscriptions an order created, as its notice names them: the order's subscriptions as Partner Center
// lists them (what the order card shows too), else what its line items say when that list cannot be read or
// is not filled yet.
import type { Order, Subscription } from '../partnercenter/models';
import type { CreatedSubscription } from './notices';

export function fromSubscriptions(subscriptions: readonly Subscription[]): CreatedSubscription[] {
  return subscriptions.map((s) => ({
    id: s.id,
    name: s.friendlyName || s.offerName || s.offerId || s.id,
    quantity: s.quantity ?? undefined,
  }));
}

/**
 * The line items that carry a subscription id, in a user purchase only: a system purchase's line item (a
 * renewal) names the subscription it renews, which it did not create.
 */
export function fromLineItems(order: Order | undefined): CreatedSubscription[] {
  const type = order?.transactionType;
  if (!order || (type && type.toLowerCase() !== 'userpurchase')) return [];
  return (order.lineItems ?? []).flatMap((line) =>
    line.subscriptionId
      ? [
          {
            id: line.subscriptionId,
            name: line.friendlyName || line.offerId || line.subscriptionId,
            quantity: line.quantity ?? undefined,
          },
        ]
      : [],
  );
}

/** What a notice names: the list read (undefined: unread), else the line items, else none (or unread). */
export function createdSubscriptions(
  read: readonly Subscription[] | undefined,
  order: Order | undefined,
): CreatedSubscription[] | undefined {
  if (read?.length) return fromSubscriptions(read);
  const lines = fromLineItems(order);
  if (lines.length) return lines;
  return read ? [] : undefined;
}
