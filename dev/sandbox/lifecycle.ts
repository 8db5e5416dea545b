// Pending sandbox orders move on (issue 12): all of them complete a while after the sandbox starts
// (SANDBOX_ORDER_COMPLETE_AFTER_S, default 300; 0 = never), or one at once through the control endpoint
// POST /_sandbox/orders/{orderId}/complete. POST /_sandbox/orders/{orderId}/provision provisions its next
// line item (the last one completes the order), so a watch sees provisioning change before the status does.
// The fixtures stay read-only: orders are shown through this.
import type { Order } from '../../src/partnercenter/models';

export const DEFAULT_ORDER_COMPLETE_AFTER_S = 300;

export interface OrderLifecycle {
  /** The order as it stands now. */
  present<O extends Order>(order: O): O;
  /** How many of its line items are provisioned (all of them once it is completed). */
  provisionedLines(order: Order): number;
  /** Completes one pending order now (an unknown id simply never shows up). */
  completeNow(orderId: string): void;
  /** Provisions the next line item of a pending order. */
  provisionNext(orderId: string): void;
}

export function createOrderLifecycle(completeAfterS: number, now: () => number = Date.now): OrderLifecycle {
  const startedAt = now();
  const completedNow = new Set<string>();
  const provisioned = new Map<string, number>();
  const allDone = () => completeAfterS > 0 && now() - startedAt >= completeAfterS * 1000;
  const isPending = (order: Order) => (order.status ?? '').toLowerCase() === 'pending';
  const lineCount = (order: Order) => order.lineItems?.length ?? 0;
  const complete = (order: Order) =>
    completedNow.has(order.id.toLowerCase()) ||
    allDone() ||
    (provisioned.get(order.id.toLowerCase()) ?? 0) >= Math.max(1, lineCount(order));
  return {
    present(order) {
      return isPending(order) && complete(order) ? { ...order, status: 'completed' } : order;
    },
    provisionedLines(order) {
      if (!isPending(order)) return (order.status ?? '').toLowerCase() === 'completed' ? lineCount(order) : 0;
      return complete(order) ? lineCount(order) : (provisioned.get(order.id.toLowerCase()) ?? 0);
    },
    completeNow(orderId) {
      completedNow.add(orderId.toLowerCase());
    },
    provisionNext(orderId) {
      const id = orderId.toLowerCase();
      provisioned.set(id, (provisioned.get(id) ?? 0) + 1);
    },
  };
}
