import { squash } from '../../partnercenter/billing-cycle';
import { parsePartnerCenterDate } from '../../partnercenter/dates';
import type { Order } from '../../partnercenter/models';
import type { OrderFilters } from './payload';

const DAY_MS = 86_400_000;

/**
 * Applies the filters Partner Center does not: status, dates and product words.
 * (Billing cycle, reseller, prices and system purchases are query parameters of the API.)
 */
export function applyLocalFilters(orders: Order[], filters: OrderFilters): Order[] {
  // Real data spells statuses 'completed', 'Completed' or 'PoUploadComplete': compare them squashed.
  const status = filters.status ? squash(filters.status) : undefined;
  const since = filters.since ? Date.parse(`${filters.since}T00:00:00Z`) : undefined;
  const until = filters.until ? Date.parse(`${filters.until}T00:00:00Z`) + DAY_MS : undefined;
  const product = filters.product?.toLowerCase();
  if (!status && since === undefined && until === undefined && !product) return orders;

  return orders.filter((order) => {
    if (status && squash(order.status ?? '') !== status) return false;
    if (since !== undefined || until !== undefined) {
      const created = parsePartnerCenterDate(order.creationDate);
      if (created === undefined) return false;
      if (since !== undefined && created < since) return false;
      if (until !== undefined && created >= until) return false;
    }
    if (product) {
      return (order.lineItems ?? []).some(
        (li) =>
          li.friendlyName?.toLowerCase().includes(product) || li.offerId?.toLowerCase().includes(product),
      );
    }
    return true;
  });
}
