import { squash } from '../../partnercenter/billing-cycle';
import type { Order } from '../../partnercenter/models';
import { needsAppUserAuth } from '../../partnercenter/provisioning-status';
import type { CommandEnv } from '../deps';
import type { ProvisioningView } from './card';

/**
 * Why a pending order is pending: its provisioning status per line item. Only pending orders ask (a completed
 * one has nothing to explain). The call needs App+User auth in real Partner Center; with app-only credentials
 * the card says so, and any other failure leaves a note, never a failed card.
 */
export async function provisioningOf(order: Order, env: CommandEnv): Promise<ProvisioningView | undefined> {
  if (squash(order.status ?? '') !== 'pending' || !env.api.getProvisioningStatus) return undefined;
  try {
    const items = await env.api.getProvisioningStatus(order.referenceCustomerId || '', order.id, env.ctx);
    return { kind: 'items', byLine: new Map(items.map((item) => [item.lineItemNumber, item.status])) };
  } catch (err) {
    return needsAppUserAuth(err) ? { kind: 'needsAppUser' } : { kind: 'unavailable' };
  }
}
