// The cards of a watch's proactive notices, given to the poller by the app: the poller decides when to notify
// and gathers what is known, the watch command decides what a notice looks like (so this core folder imports
// no command).
import type { AdaptiveCard } from '../cards/types';
import type { Watch, WatchState } from '../state/watch-store';

/** A subscription an order created, as a notice names it. */
export interface CreatedSubscription {
  id: string;
  /** Its friendly name, else its offer's name or id. */
  name: string;
  quantity?: number;
}

/** What the poller knows for a change notice, beyond the two states. */
export interface NoticeFacts {
  /**
   * Since when the order has been in the status it changed from (epoch ms). `known: false`: nothing says since
   * when, only that it already was when the watch started (`at`): the notice says "since at least" then.
   */
  since: { at: number; known: boolean };
  /** The subscriptions it created; undefined when they could not be read. */
  subscriptions?: readonly CreatedSubscription[];
  /** When the notice is made (the poller's clock): "for 3 days" counts to here. */
  now: number;
}

export interface WatchNotices {
  /** The watched order changed from `from` to `to`. */
  change(watch: Watch, from: WatchState, to: WatchState, facts: NoticeFacts): AdaptiveCard;
  /** The watch ran out of time and was removed. */
  expired(watch: Watch): AdaptiveCard;
}
