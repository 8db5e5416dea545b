import { normalizeBillingCycle } from '../../partnercenter/billing-cycle';
import type { Order } from '../../partnercenter/models';

/** Whether the order may have (or will get) subscriptions: anything but a one-time order without any. */
export function createsSubscriptions(order: Order): boolean {
  if ((order.lineItems ?? []).some((item) => item.subscriptionId)) return true;
  return normalizeBillingCycle(order.billingCycle) !== 'one_time';
}
