// Pending sandbox orders complete (issue 12): all of them a while after the sandbox starts
// (SANDBOX_ORDER_COMPLETE_AFTER_S, default 300; 0 = never), or one at once through the control endpoint
// POST /_sandbox/orders/{orderId}/complete. The fixtures stay read-only: orders are shown through this.
import type { Order } from '../../src/partnercenter/models';

export const DEFAULT_ORDER_COMPLETE_AFTER_S = 300;

export interface OrderLifecycle {
  /** The order as it stands now. */
  present(order: Order): Order;
  /** Completes one pending order now (an unknown id simply never shows up). */
  completeNow(orderId: string): void;
}

export function completeAfterSecondsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SANDBOX_ORDER_COMPLETE_AFTER_S;
  const value = raw && /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : DEFAULT_ORDER_COMPLETE_AFTER_S;
  return value;
}

export function createOrderLifecycle(completeAfterS: number, now: () => number = Date.now): OrderLifecycle {
  const startedAt = now();
  const completedNow = new Set<string>();
  const allDone = () => completeAfterS > 0 && now() - startedAt >= completeAfterS * 1000;
  return {
    present(order) {
      if ((order.status ?? '').toLowerCase() !== 'pending') return order;
      return completedNow.has(order.id.toLowerCase()) || allDone()
        ? { ...order, status: 'completed' }
        : order;
    },
    completeNow(orderId) {
      completedNow.add(orderId.toLowerCase());
    },
  };
}
