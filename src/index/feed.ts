// Answers people get also feed the index: the one place is a wrapper around the (cached) Partner Center API,
// so a customer asked about is known to the index at once and read whole ahead of the others. A cached answer
// feeds once (by its content stamp), and feeding never slows or fails a turn.
import { LRUCache } from 'lru-cache';
import type { PartnerCenterApi } from '../partnercenter/api';
import type { Order, Subscription } from '../partnercenter/models';
import { stampOf } from '../state/content-stamp';
import { indexedOrder, indexedSubscription } from './records';
import type { IndexStore } from './store';

export interface IndexFeed {
  store: IndexStore;
  /** Told of every customer people asked about (the crawler reads them first). */
  asked?(customerId: string): void;
  now?: () => number;
  /** Told when a write failed (Redis away): the answer is unaffected. */
  failed?(err: unknown): void;
}

/** The API, with what its orders and subscriptions answers carry written to the index. */
export function feedingIndex(api: PartnerCenterApi, feed: IndexFeed): PartnerCenterApi {
  const fed = new LRUCache<string, true>({ max: 4_096 });
  const now = feed.now ?? Date.now;
  const write = (customerId: string, value: object, orders: Order[], subscriptions: Subscription[]) => {
    feed.asked?.(customerId);
    const stamp = stampOf(value);
    if (stamp !== undefined) {
      if (fed.has(stamp)) return;
      fed.set(stamp, true);
    }
    const at = now();
    feed.store
      .upsert(
        orders.map((o) => indexedOrder(o, customerId, at)),
        subscriptions.map((s) => indexedSubscription(s, customerId)),
        at,
      )
      .catch((err: unknown) => feed.failed?.(err));
  };
  return Object.assign(Object.create(api) as PartnerCenterApi, {
    async listOrders(...args: Parameters<PartnerCenterApi['listOrders']>) {
      const orders = await api.listOrders(...args);
      write(args[0], orders, orders, []);
      return orders;
    },
    async getOrder(...args: Parameters<PartnerCenterApi['getOrder']>) {
      const order = await api.getOrder(...args);
      write(args[0], order, [order], []);
      return order;
    },
    async listSubscriptions(...args: Parameters<PartnerCenterApi['listSubscriptions']>) {
      const subscriptions = await api.listSubscriptions(...args);
      write(args[0], subscriptions, [], subscriptions);
      return subscriptions;
    },
  });
}
