// The renewals card (cards/renewals.json): the period and what the index covers, how many end or renew at how
// many customers, then each group apart (term ends of annual and multi-year commitments, those that will end,
// those renewing with scheduled changes) with its totals and first rows; the monthly rollovers are counted and
// collapsed behind a button. One group asked for is paged with Previous / Show more and "All renewals".
import template from '../../../cards/renewals.json';
import { idText, type Fact } from '../../cards/common';
import type { TextColor } from '../../cards/labels';
import { localizerWith, type LocalizerWith } from '../../cards/strings/own';
import { localizer } from '../../cards/locale';
import { plainText } from '../../cards/plain-text';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import type { Coverage } from '../../index/partner-index';
import type { RenewalKind } from '../../index/renewals';
import type { Radar, RadarGroup, RadarRow } from '../../radar/radar';
import type { RowButton, RowLink } from '../shared/across/card';
import { coverageText } from '../shared/across/coverage';
import { dayText } from '../shared/across/rows';
import { acrossTexts } from '../shared/across/texts';
import { totalsText, type CustomerTotal } from '../shared/across/totals';
import {
  inDaysText,
  nextTermText,
  subscriptionButtons,
  subscriptionName,
  termCycleText,
  windowText,
  type SubscriptionActions,
} from '../shared/radar/rows';
import { radarTexts, type RadarTexts } from '../shared/radar/texts';
import { renewalsStrings, type RenewalsCardStrings } from './strings';

/** Rows of each group on the card with every group; rows of a page with one group. */
export const OVERVIEW_ROWS = 5;
export const GROUP_PAGE_ROWS = 10;
const MAX_NAME = 80;
const DAY_MS = 86_400_000;

export interface RenewalsCardInput {
  radar: Radar;
  /** The customer asked about; absent: all customers. */
  customer?: { id: string; name: string };
  /** The period in UTC days (inclusive), and the `within` days it was asked as, if so. */
  period: { fromDay: number; toDay: number; within?: number };
  /** The group paged, when one was asked for. */
  group?: RenewalKind;
  totals: readonly CustomerTotal[];
  nameOf(tenantId: string): string;
  coverage: Coverage;
  /** Fewer rows per group than usual, so that the card fits Teams' size limit (fitCard). */
  maxRows?: number;
  actions: SubscriptionActions & {
    group(kind: RenewalKind, offset: number): ActionData;
    all(): ActionData;
    refresh(): ActionData;
  };
}

/** A line under a row: what the next term changes (Accent), the open window (Good; Attention within 24 h). */
type LineColor = TextColor | 'Accent';

interface RowView {
  heading: string;
  status: string;
  color: TextColor;
  detail: string;
  idText: string;
  lines: { text: string; color: LineColor }[];
  actions: (RowButton | RowLink)[];
}

interface GroupView {
  title: string;
  color: TextColor;
  summary: string;
  note: string;
  hasCapped: boolean;
  cappedText: string;
  hasPageText: boolean;
  pageText: string;
  rows: RowView[];
  hasOpen: boolean;
  openTitle: string;
  openData: ActionData;
}

interface RenewalsView {
  title: string;
  subtitle: string;
  coverageText: string;
  coverageColor: TextColor;
  facts: Fact[];
  hasRows: boolean;
  headline: string;
  hasTotals: boolean;
  byCustomerTitle: string;
  totalsText: string;
  hasFitNote: boolean;
  fitNote: string;
  groups: GroupView[];
  isEmpty: boolean;
  emptyText: string;
  hasPrevious: boolean;
  previousTitle: string;
  previousData: ActionData;
  hasMore: boolean;
  moreTitle: string;
  moreData: ActionData;
  hasBack: boolean;
  backTitle: string;
  backData: ActionData;
  refreshTitle: string;
  refreshData: ActionData;
}

const render = cardTemplate<RenewalsView>(template);

type RenewalsWords = LocalizerWith<RenewalsCardStrings>;

/** "Jan 15 – Feb 14, 2026", in the person's format. */
export function dayRangeText(l: RenewalsWords, fromDay: number, toDay: number): string {
  const format = new Intl.DateTimeFormat(l.formatLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  return fromDay === toDay
    ? format.format(fromDay * DAY_MS)
    : format.formatRange(fromDay * DAY_MS, Math.max(fromDay, toDay) * DAY_MS);
}

function rowView(
  l: RenewalsWords,
  texts: RadarTexts,
  row: RadarRow,
  now: number,
  customerName: string | undefined,
  actions: SubscriptionActions,
): RowView {
  const s = row.subscription;
  const detail = [
    customerName === undefined ? undefined : plainText(customerName, MAX_NAME),
    l.count(texts.licenses, s.qty),
    termCycleText(l, texts, s),
    fmt(texts.termEnds, { date: dayText(l, row.ends) }),
  ].filter((part): part is string => part !== undefined);
  const lines: RowView['lines'] = [];
  if (row.next) lines.push({ text: nextTermText(l, texts, s, row.next), color: 'Accent' });
  if (row.window)
    lines.push({
      text: windowText(l, texts, row.window, now),
      color: row.window.soon ? 'Attention' : 'Good',
    });
  const color: TextColor = row.kind === 'ends' ? 'Attention' : row.inDays <= 7 ? 'Warning' : 'Default';
  return {
    heading: subscriptionName(s),
    status: inDaysText(l, row.inDays),
    color,
    detail: detail.join(' · '),
    idText: idText(texts.subscriptionIdLine, s.id),
    lines,
    actions: subscriptionButtons(l, texts, s, actions),
  };
}

function groupView(
  l: RenewalsWords,
  input: RenewalsCardInput,
  group: RadarGroup,
  rows: number,
): { view: GroupView; trimmed: boolean } {
  const { s } = l;
  const texts = radarTexts(s.lang);
  const across = acrossTexts(s.lang);
  const now = input.radar.query.now;
  const counts = [l.count(s.subscriptionsCount, group.total), l.count(texts.licenses, group.seats)];
  // A collapsed group was counted, not read: its count alone.
  const summary = group.collapsed
    ? counts[0]!
    : input.customer
      ? fmt(s.summaryOne, { subscriptions: counts[0]!, licenses: counts[1]! })
      : fmt(s.summary, {
          subscriptions: counts[0]!,
          licenses: counts[1]!,
          customers: l.count(across.customersCount, group.customers.length),
        });
  const shown = group.rows.slice(0, rows);
  const paged = input.group === group.kind;
  const end = group.offset + shown.length;
  const view: GroupView = {
    title: s.groups[group.kind],
    color: group.kind === 'ends' ? 'Attention' : 'Default',
    summary,
    note: group.total === 0 ? s.noneInGroup : s.notes[group.kind],
    hasCapped: !group.collapsed && group.read < group.total,
    cappedText: fmt(across.capped, { shown: l.number(group.read), total: l.number(group.total) }),
    hasPageText: paged && shown.length > 0,
    pageText: fmt(across.pageRange, {
      from: l.number(group.offset + 1),
      to: l.number(end),
      total: l.number(Math.min(group.read, group.total)),
    }),
    rows: shown.map((row) =>
      rowView(
        l,
        texts,
        row,
        now,
        input.customer ? undefined : input.nameOf(row.subscription.cust),
        input.actions,
      ),
    ),
    hasOpen: false,
    openTitle: '',
    openData: {},
  };
  if (!paged && group.collapsed && group.total > 0) {
    view.hasOpen = true;
    view.openTitle = fmt(s.showRollovers, { n: l.number(group.total) });
    view.openData = input.actions.group(group.kind, 0);
  } else if (!paged && group.total > shown.length) {
    view.hasOpen = true;
    view.openTitle = fmt(s.showAll, { n: l.number(group.total) });
    view.openData = input.actions.group(group.kind, 0);
  }
  return {
    view,
    trimmed: shown.length < Math.min(group.rows.length, paged ? GROUP_PAGE_ROWS : OVERVIEW_ROWS),
  };
}

export function renewalsCard(input: RenewalsCardInput, ctx: CardContext): AdaptiveCard {
  const l = localizerWith(localizer(ctx.locale), renewalsStrings);
  const { s } = l;
  const across = acrossTexts(ctx.locale);
  const { radar, period, actions } = input;
  const range = dayRangeText(l, period.fromDay, period.toDay);
  const facts: Fact[] = [
    {
      title: s.period,
      value:
        period.within === undefined
          ? range
          : fmt(s.periodWithin, { range, next: l.count(s.nextDays, period.within) }),
    },
  ];
  const paged = input.group;
  const rows = Math.max(1, input.maxRows ?? (paged ? GROUP_PAGE_ROWS : OVERVIEW_ROWS));
  // Every group with something in it (one asked for is shown even when empty).
  const groups = radar.groups.filter((g) => g.total > 0 || g.kind === paged);
  const built = groups.map((g) => groupView(l, input, g, rows));
  const total = radar.groups.reduce((sum, g) => sum + g.total, 0);
  // The headline counts what the card lists: the groups read (not the collapsed rollovers).
  const listed = radar.groups.reduce((sum, g) => sum + (g.collapsed ? 0 : g.total), 0);
  const one = paged ? radar.groups.find((g) => g.kind === paged) : undefined;
  const shownEnd = one ? one.offset + Math.min(rows, one.rows.length) : 0;
  const pageTotal = one ? Math.min(one.read, one.total) : 0;
  const complete = input.coverage.firstPass >= 1 && input.coverage.asOf !== undefined;
  const customers = input.customer ? 1 : radar.customers.length;
  return render({
    title: input.customer ? fmt(s.titleFor, { customer: plainText(input.customer.name, MAX_NAME) }) : s.title,
    subtitle: s.subtitle,
    coverageText: coverageText(l, across, input.coverage, radar.query.now),
    coverageColor: complete ? 'Default' : 'Warning',
    facts,
    hasRows: listed > 0,
    headline: fmt(s.headline, {
      subscriptions: l.count(s.subscriptionsCount, listed),
      customers: l.count(across.customersCount, customers),
    }),
    hasTotals: !input.customer && input.totals.length > 0,
    byCustomerTitle: across.byCustomer,
    totalsText: totalsText(l, across, input.totals),
    hasFitNote: built.some((b) => b.trimmed),
    fitNote: fmt(s.trimmedToFit, {
      shown: l.number(rows),
      total: l.number(paged ? GROUP_PAGE_ROWS : OVERVIEW_ROWS),
    }),
    groups: built.map((b) => b.view),
    isEmpty: total === 0 && !paged,
    emptyText: s.none,
    hasPrevious: one !== undefined && one.offset > 0,
    previousTitle: one
      ? fmt(across.showPrevious, {
          from: l.number(Math.max(0, one.offset - GROUP_PAGE_ROWS) + 1),
          to: l.number(one.offset),
          total: l.number(pageTotal),
        })
      : '',
    previousData:
      one && one.offset > 0 ? actions.group(one.kind, Math.max(0, one.offset - GROUP_PAGE_ROWS)) : {},
    hasMore: one !== undefined && shownEnd < pageTotal,
    moreTitle: one
      ? fmt(across.showMore, {
          from: l.number(shownEnd + 1),
          to: l.number(Math.min(shownEnd + GROUP_PAGE_ROWS, pageTotal)),
          total: l.number(pageTotal),
        })
      : '',
    moreData: one && shownEnd < pageTotal ? actions.group(one.kind, shownEnd) : {},
    hasBack: paged !== undefined,
    backTitle: s.back,
    backData: paged ? actions.all() : {},
    refreshTitle: s.refresh,
    refreshData: actions.refresh(),
  });
}
