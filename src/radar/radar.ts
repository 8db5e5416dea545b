// The renewal radar, read from the partner-wide index: what renews or ends in a period, grouped so the decisions
// stand apart from the monthly rollovers, with totals per group and per customer, and which cancellation
// windows are open now. No Partner Center call, no words: the commands (renewals, windows) and the digests
// make cards of it. The bot only reads: nothing here changes a subscription.
import type { PartnerIndex } from '../index/partner-index';
import type { IndexedSubscription, NextTerm } from '../index/records';
import { renewalKind, type RenewalKind } from '../index/renewals';
import type { IndexPage } from '../index/store';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The order the groups are shown in: the commitments that end a term, those that end, the changes, the rollovers. */
export const RADAR_GROUPS: readonly RenewalKind[] = ['terms', 'ends', 'changes', 'rollovers'];

/** Records read per group to total its seats and customers: enough for any list a person pages through. */
export const MAX_RADAR_READ = 5_000;

/** New-commerce licences can be cancelled or reduced for 168 hours after a purchase or a renewal. */
export const WINDOW_MS = 168 * HOUR_MS;
/** A window closing within this is "closing soon". */
export const CLOSING_SOON_MS = 24 * HOUR_MS;

export interface RadarQuery {
  /** Term ends from this time… */
  from: number;
  /** …to this one (epoch ms, both included): a commitment end is 00:00 UTC of the term's last day. */
  to: number;
  /** What "open" and "in 9 days" are measured from. */
  now: number;
  /** Only these customers (tenant ids); all when absent. */
  customers?: readonly string[];
}

export interface RadarPaging {
  /** One group, paged; absent: every group with its first `rows`. */
  group?: RenewalKind;
  offset?: number;
  /** Rows returned per group shown. */
  rows: number;
  /** Groups only counted when not the one asked for (the monthly rollovers, collapsed by default). */
  collapsed?: readonly RenewalKind[];
  /** Records read per group (default MAX_RADAR_READ). */
  maxRead?: number;
}

/** A cancellation window open at `now`. */
export interface OpenWindow {
  /** When it closes (epoch ms). */
  closes: number;
  /** Seats that can still be reduced with a refund, when Partner Center says. */
  refundable?: number;
  /** Opened by the purchase (bought within the last 168 hours), else by a renewal. */
  opened: 'purchase' | 'renewal';
  /** Closes within 24 hours. */
  soon: boolean;
}

export interface RadarRow {
  subscription: IndexedSubscription;
  kind: RenewalKind;
  /** The term's last day (epoch ms, 00:00 UTC), as Partner Center dates commitment ends. */
  ends: number;
  /** Days from now's day to that day: 0 today, 1 tomorrow. */
  inDays: number;
  window?: OpenWindow;
  /** What the next term changes (the changes group). */
  next?: NextTerm;
}

export interface CustomerCount {
  /** Tenant id, lowercase. */
  id: string;
  n: number;
}

export interface RadarTotals {
  /** How many the index holds. */
  total: number;
  /** How many were read to make the other totals (fewer than `total` past `maxRead`). */
  read: number;
  /** Seats (quantities) of those read. */
  seats: number;
  /** Customers of those read, most first. */
  customers: CustomerCount[];
}

export interface RadarGroup extends RadarTotals {
  kind: RenewalKind;
  /** Counted only: its rows were not read. */
  collapsed: boolean;
  offset: number;
  rows: RadarRow[];
}

export interface Radar {
  query: RadarQuery;
  /** Every group in RADAR_GROUPS order; only the one asked for when paging one group. */
  groups: RadarGroup[];
  /** Per group, how many the index holds (all groups, whichever are shown). */
  counts: Record<RenewalKind, number>;
  /** Customers across the groups read, most first. */
  customers: CustomerCount[];
}

export interface WindowRow {
  subscription: IndexedSubscription;
  window: OpenWindow;
  /** Its commitment end, when known (epoch ms). */
  ends?: number;
}

export interface Windows extends RadarTotals {
  /** Of those read, how many close within 24 hours. */
  soon: number;
  offset: number;
  rows: WindowRow[];
}

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/** The window open at `now`, if any. */
export function openWindow(s: IndexedSubscription, now: number): OpenWindow | undefined {
  const closes = s.cancelBy;
  if (typeof closes !== 'number' || closes <= now) return undefined;
  // Bought within the window: its creation is at most 168 hours (and the hour renewals may lag) before it closes.
  const bought = s.created !== undefined && closes - s.created <= WINDOW_MS + HOUR_MS;
  const window: OpenWindow = {
    closes,
    opened: bought ? 'purchase' : 'renewal',
    soon: closes - now < CLOSING_SOON_MS,
  };
  if (s.refund !== undefined) window.refundable = s.refund;
  return window;
}

function row(s: IndexedSubscription, now: number): RadarRow {
  const ends = s.ends ?? 0;
  const found: RadarRow = { subscription: s, kind: renewalKind(s), ends, inDays: dayOf(ends) - dayOf(now) };
  const window = openWindow(s, now);
  if (window) found.window = window;
  if (s.next) found.next = s.next;
  return found;
}

/** Totals of the records read; `total` is how many the index holds. */
export function totalsOf(items: readonly IndexedSubscription[], total: number): RadarTotals {
  const byCustomer = new Map<string, number>();
  let seats = 0;
  for (const s of items) {
    seats += Number.isFinite(s.qty) ? s.qty : 0;
    byCustomer.set(s.cust, (byCustomer.get(s.cust) ?? 0) + 1);
  }
  return { total, read: items.length, seats, customers: ranked(byCustomer) };
}

function ranked(counts: Map<string, number>): CustomerCount[] {
  return [...counts]
    .map(([id, n]) => ({ id, n }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Each group's records in the period: a few customers' are read at once and grouped here (their own sets are
 * small); across every customer each group is its own sorted set, read up to `maxRead`, and a collapsed one
 * only counted.
 */
async function pagesOf(
  index: PartnerIndex,
  query: RadarQuery,
  shown: readonly RenewalKind[],
  maxRead: number,
): Promise<Record<RenewalKind, IndexPage<IndexedSubscription>>> {
  const { from, to, customers } = query;
  const pages = {} as Record<RenewalKind, IndexPage<IndexedSubscription>>;
  if (customers) {
    const all = await index.subscriptionsEnding(from, to, 0, maxRead, customers);
    if (all.total <= all.items.length) {
      for (const kind of RADAR_GROUPS) {
        const items = all.items.filter((s) => renewalKind(s) === kind);
        pages[kind] = { items: shown.includes(kind) ? items : [], total: items.length };
      }
      return pages;
    }
  }
  await Promise.all(
    RADAR_GROUPS.map(async (kind) => {
      const limit = shown.includes(kind) ? maxRead : 0;
      pages[kind] = await index.subscriptionsEnding(from, to, 0, limit, customers, kind);
    }),
  );
  return pages;
}

/**
 * What renews and ends in [from, to]: every group (or the one asked for) with its totals and a page of rows,
 * soonest first; a collapsed group is counted only. Per customer totals add up the groups read.
 */
export async function readRadar(index: PartnerIndex, query: RadarQuery, paging: RadarPaging): Promise<Radar> {
  const maxRead = Math.max(0, paging.maxRead ?? MAX_RADAR_READ);
  const offset = Math.max(0, Math.floor(paging.offset ?? 0));
  const listed = paging.group ? [paging.group] : RADAR_GROUPS;
  const shown = listed.filter((kind) => kind === paging.group || !paging.collapsed?.includes(kind));
  const pages = await pagesOf(index, query, shown, maxRead);
  const counts = {} as Record<RenewalKind, number>;
  for (const kind of RADAR_GROUPS) counts[kind] = pages[kind].total;
  const byCustomer = new Map<string, number>();
  const groups = listed.map((kind): RadarGroup => {
    const { items, total } = pages[kind];
    const collapsed = !shown.includes(kind);
    for (const s of items) byCustomer.set(s.cust, (byCustomer.get(s.cust) ?? 0) + 1);
    const start = kind === paging.group ? offset : 0;
    return {
      kind,
      ...totalsOf(items, total),
      collapsed,
      offset: start,
      rows: items.slice(start, start + Math.max(0, paging.rows)).map((s) => row(s, query.now)),
    };
  });
  return { query, groups, counts, customers: ranked(byCustomer) };
}

/**
 * The cancellation windows open at `now`, soonest closing first (of `customers` when given): totals of those
 * read and a page of rows.
 */
export async function readWindows(
  index: PartnerIndex,
  query: { now: number; customers?: readonly string[] },
  paging: { offset?: number; rows: number; maxRead?: number },
): Promise<Windows> {
  const maxRead = Math.max(0, paging.maxRead ?? MAX_RADAR_READ);
  const offset = Math.max(0, Math.floor(paging.offset ?? 0));
  const page = await index.subscriptionsWithOpenWindow(query.now, 0, maxRead, query.customers);
  const rows: WindowRow[] = [];
  let soon = 0;
  for (const s of page.items) {
    const window = openWindow(s, query.now);
    if (!window) continue;
    if (window.soon) soon++;
    if (rows.length < offset + paging.rows) rows.push({ subscription: s, window, ends: s.ends });
  }
  return { ...totalsOf(page.items, page.total), soon, offset, rows: rows.slice(offset) };
}
