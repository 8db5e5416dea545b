// What a renewals digest says, from the partner-wide index alone (no Partner Center call): over the coming 30
// days, the term ends of annual and multi-year commitments (renewing as they are or with scheduled changes), the
// subscriptions that end (auto-renew off) and the cancellation windows that close, each as a count and its
// soonest few; monthly rollovers are only counted. Small on purpose: the renewal radar (readRadar) may take its
// place later.
import type { Coverage, PartnerIndex } from '../index/partner-index';
import type { IndexedSubscription } from '../index/records';
import { bySoonest, endsAt, windowEndsAt } from '../index/renewals';
import { DAY_MS } from './schedule';

/** A digest looks this far ahead. */
export const DIGEST_HORIZON_MS = 30 * DAY_MS;
/** Rows shown per group, soonest first. */
export const DIGEST_ROWS = 5;
/** Windows read to count those closing within the horizon (a count beyond says "at least"). */
const MAX_WINDOWS_COUNTED = 5_000;
const WINDOW_PAGE = 500;

export interface DigestGroup {
  total: number;
  /** The soonest DIGEST_ROWS. */
  rows: IndexedSubscription[];
  /** The total is a lower bound: more were not counted. */
  atLeast?: true;
}

export interface DigestContent {
  /** [from, to]: now and 30 days on. */
  from: number;
  to: number;
  /** Annual and multi-year terms ending in the period, renewing as they are or with a scheduled change. */
  termEnds: DigestGroup;
  /** Subscriptions that end in the period (auto-renew off). */
  ends: DigestGroup;
  /** Open cancellation windows closing in the period. */
  windows: DigestGroup;
  /** Monthly terms renewing as they are in the period: counted, not listed. */
  rollovers: number;
  coverage: Coverage;
}

/** The digest over the next 30 days from `now`, of `customers` (tenant ids) or every customer. */
export async function digestContent(
  index: PartnerIndex,
  now: number,
  customers?: readonly string[],
): Promise<DigestContent> {
  const to = now + DIGEST_HORIZON_MS;
  const [terms, changes, ends, rollovers, windows, coverage] = await Promise.all([
    index.subscriptionsEnding(now, to, 0, DIGEST_ROWS, customers, 'terms'),
    index.subscriptionsEnding(now, to, 0, DIGEST_ROWS, customers, 'changes'),
    index.subscriptionsEnding(now, to, 0, DIGEST_ROWS, customers, 'ends'),
    index.subscriptionsEnding(now, to, 0, 0, customers, 'rollovers'),
    windowsClosingBy(index, now, to, customers),
    index.coverage(),
  ]);
  return {
    from: now,
    to,
    termEnds: {
      total: terms.total + changes.total,
      rows: [...terms.items, ...changes.items].sort(bySoonest(endsAt)).slice(0, DIGEST_ROWS),
    },
    ends: { total: ends.total, rows: ends.items },
    windows,
    rollovers: rollovers.total,
    coverage,
  };
}

/** Open windows closing by `to`, counted page by page (soonest first) up to MAX_WINDOWS_COUNTED. */
async function windowsClosingBy(
  index: PartnerIndex,
  now: number,
  to: number,
  customers?: readonly string[],
): Promise<DigestGroup> {
  const rows: IndexedSubscription[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_WINDOWS_COUNTED; offset += WINDOW_PAGE) {
    const page = await index.subscriptionsWithOpenWindow(now, offset, WINDOW_PAGE, customers);
    const within = page.items.filter((s) => (windowEndsAt(s) ?? Infinity) <= to);
    if (rows.length < DIGEST_ROWS) rows.push(...within.slice(0, DIGEST_ROWS - rows.length));
    total += within.length;
    const done = page.items.length === 0 || offset + page.items.length >= page.total;
    if (within.length < page.items.length || done) return { total, rows };
  }
  return { total, rows, atLeast: true };
}
