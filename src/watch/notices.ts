// The cards of a watch's proactive notices, given to the poller by the app: the poller decides when to notify,
// the watch command decides what a notice looks like (so this core folder imports no command).
import type { Subscription } from '../partnercenter/models';
import type { AdaptiveCard } from '../cards/types';
import type { Watch, WatchState } from '../state/watch-store';

export interface WatchNotices {
  /** The watched order changed from `from` to `to`; `subscriptions` it created, when known. */
  change(
    watch: Watch,
    from: WatchState,
    to: WatchState,
    subscriptions: readonly Subscription[] | undefined,
  ): AdaptiveCard;
  /** The watch ran out of time and was removed. */
  expired(watch: Watch): AdaptiveCard;
}
