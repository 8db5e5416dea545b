// Since when a watched order has been in its status, from what knows it: for a pending order its creation
// (orders are created pending and never go back to it), else the partner-wide index's record of when it saw
// the status begin. A watch's stored `since` holds that when it was known; when it was not, `since` is the
// watch's own start, to the millisecond (createdAt): then nothing is known but "since at least" then.
import type { PartnerIndex } from '../index/partner-index';
import type { IndexedOrder } from '../index/records';
import { parsePartnerCenterDate } from '../partnercenter/dates';
import { idKey, sameId } from '../partnercenter/ids';
import type { Watch, WatchState } from '../state/watch-store';

/** When the order has been in `status` since, from the partner-wide index (epoch ms); undefined: unknown. */
export type StatusSince = (
  watch: Pick<Watch, 'customerId' | 'orderId'>,
  status: string,
) => Promise<number | undefined>;

const isPending = (status: string | null | undefined) => (status ?? '').toLowerCase() === 'pending';

/** A pending order has been pending since its creation; undefined for any other status or no readable date. */
export function pendingSince(creationDate: string | null | undefined, status: string): number | undefined {
  return isPending(status) ? parsePartnerCenterDate(creationDate) : undefined;
}

/**
 * When the index saw the order begin `status`. An order first seen in a status other than pending carries its
 * creation (or the read's time, without a creation date) as `changed`: when it began that status is unknown.
 */
export function indexedStatusSince(record: IndexedOrder | undefined, status: string): number | undefined {
  if (!record || record.status !== status.toLowerCase() || record.created === 0) return undefined;
  if (isPending(status)) return record.created;
  return record.changed !== record.created ? record.changed : undefined;
}

/** The index's answer for a watched order (the same order of the same customer); never throws. */
export function indexStatusSince(index: Pick<PartnerIndex, 'findOrder'>): StatusSince {
  return async (watch, status) => {
    try {
      const record = (await index.findOrder(watch.orderId)).find(
        (o) => sameId(o.id, watch.orderId) && o.cust === idKey(watch.customerId),
      );
      return indexedStatusSince(record, status);
    } catch {
      return undefined; // the index unreachable (Redis away): not known
    }
  };
}

/** The stored state's `since` when it is the order's (not the watch's start); undefined otherwise. */
export function storedSince(watch: Pick<Watch, 'createdAt'>, state: WatchState): number | undefined {
  const at = Date.parse(state.since);
  return Number.isFinite(at) && at !== watch.createdAt ? at : undefined;
}
