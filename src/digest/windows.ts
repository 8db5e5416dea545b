// Window alerts (`watch cancellation windows`): from the partner-wide index, which cancellation windows opened
// (a purchase, or a renewal starting a new term: a subscription whose window close appears or changes) and which
// close within 24 hours. Each is announced once per alert, under a claim keyed by the subscription, the window's
// close and the kind of event; windows already open when the alert began are noted as such, never announced as
// opened.
import type { PartnerIndex } from '../index/partner-index';
import type { IndexedSubscription } from '../index/records';
import { windowEndsAt } from '../index/renewals';
import type { ClaimKey } from '../state/digest-store';
import { DAY_MS, HOUR_MS } from './schedule';

/** A window closing within this is announced as closing. */
export const CLOSING_NOTICE_MS = 24 * HOUR_MS;
/**
 * Open windows read per look, soonest closing first: all of them, as far as this bound. A window the baseline
 * missed would later look opened, so the look is not cut short at the usual 5,000 records of an answer.
 */
export const MAX_WINDOWS_READ = 100_000;
const PAGE = 1_000;
/** A claim outlives its window by this: the window is gone from the index by then. */
const CLAIM_KEPT_MS = 2 * DAY_MS;

export type WindowEventKind = 'opened' | 'closing';

export interface WindowEvent {
  kind: WindowEventKind;
  subscription: IndexedSubscription;
  /** When the window closes (epoch ms). */
  closesAt: number;
}

/** Every window open at `now` (of `customers`, or every customer), soonest closing first. */
export async function openWindows(
  index: PartnerIndex,
  now: number,
  customers?: readonly string[],
): Promise<IndexedSubscription[]> {
  const open: IndexedSubscription[] = [];
  for (let offset = 0; offset < MAX_WINDOWS_READ; offset += PAGE) {
    const page = await index.subscriptionsWithOpenWindow(now, offset, PAGE, customers);
    open.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.total) break;
  }
  return open;
}

/** The claim of one event: the subscription (any case), the window's close and the kind. */
export function eventClaim(event: WindowEvent, now: number): ClaimKey {
  return {
    key: `${event.kind}|${event.subscription.id.toLowerCase()}|${event.closesAt}`,
    ttlMs: event.closesAt - now + CLAIM_KEPT_MS,
  };
}

/** Closing within 24 hours, and, once the alert has its baseline, opened: each window's events. */
export function windowEvents(
  open: readonly IndexedSubscription[],
  now: number,
  withOpened: boolean,
): WindowEvent[] {
  const events: WindowEvent[] = [];
  for (const subscription of open) {
    const closesAt = windowEndsAt(subscription);
    if (closesAt === undefined || closesAt <= now) continue;
    if (closesAt - now <= CLOSING_NOTICE_MS) events.push({ kind: 'closing', subscription, closesAt });
    if (withOpened) events.push({ kind: 'opened', subscription, closesAt });
  }
  return events;
}
