// The card of every answer across customers (cards/across-customers.json): what the index covers, what was
// asked, how many at how many customers with totals per customer, then one page of rows, each with buttons
// into the per-customer cards, and Previous / Show more / Refresh. Each command's card.ts builds its rows.
import template from '../../../../cards/across-customers.json';
import type { Fact } from '../../../cards/common';
import type { TextColor } from '../../../cards/labels';
import { localizer } from '../../../cards/locale';
import { cardTemplate } from '../../../cards/templates';
import { fmt } from '../../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../../cards/types';
import type { Coverage } from '../../../index/partner-index';
import { coverageText } from './coverage';
import { acrossTexts } from './texts';
import { totalsText, type CustomerTotal } from './totals';

/** Rows on one page. */
export const ACROSS_PAGE_SIZE = 10;

export interface RowButton {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
}

/** A row's link out ("Open in Partner Center"). */
export interface RowLink {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** One row: a record with its customer, made display-ready by the command's card.ts. */
export interface AcrossRow {
  heading: string;
  status: string;
  color: TextColor;
  /** The subtle line under the heading (dates, billing cycle, customer…). */
  detail: string;
  /** The full id on a TextRun ("Order id: …"), for pasting into a ticket. */
  idText: string;
  lines: { text: string }[];
  actions: (RowButton | RowLink)[];
}

export interface AcrossListInput<T> {
  /** Plain text already (a person's words in it made plain by the caller). */
  title: string;
  /** What the list is, under the title ("Created or changed, as the index saw them"). */
  subtitle?: string;
  coverage: Coverage;
  /** Now (ms): the coverage time shows the date too when it is another day. */
  now: number;
  /** "37 pending orders at 12 customers". */
  headline: string;
  /** What was asked (period, offer). */
  facts: Fact[];
  totals: readonly CustomerTotal[];
  /** Every record counted, in list order (the card shows one page). */
  items: readonly T[];
  /** Set when the index held more than one answer reads (MAX_COUNTED): how many were read, of how many. */
  capped?: { read: number; held: number };
  offset: number;
  /** Fewer rows than a page, so that the card fits Teams' size limit (fitCard); the card says so. */
  maxRows?: number;
  row(item: T): AcrossRow;
  page(offset: number): ActionData;
  refresh(): ActionData;
  emptyText: string;
}

interface AcrossView {
  title: string;
  hasSubtitle: boolean;
  subtitle: string;
  hasCoverage: boolean;
  coverageText: string;
  coverageColor: TextColor;
  hasNotice: boolean;
  noticeText: string;
  hasFacts: boolean;
  facts: Fact[];
  hasRows: boolean;
  headline: string;
  hasTotals: boolean;
  byCustomerTitle: string;
  totalsText: string;
  hasCapped: boolean;
  cappedText: string;
  pageText: string;
  hasFitNote: boolean;
  fitNote: string;
  rows: AcrossRow[];
  isEmpty: boolean;
  emptyText: string;
  hasPrevious: boolean;
  previousTitle: string;
  previousData: ActionData;
  hasMore: boolean;
  moreTitle: string;
  moreData: ActionData;
  refreshTitle: string;
  refreshData: ActionData;
}

const render = cardTemplate<AcrossView>(template);

const NONE: Omit<AcrossView, 'title' | 'refreshTitle' | 'refreshData'> = {
  hasSubtitle: false,
  subtitle: '',
  hasCoverage: false,
  coverageText: '',
  coverageColor: 'Default',
  hasNotice: false,
  noticeText: '',
  hasFacts: false,
  facts: [],
  hasRows: false,
  headline: '',
  hasTotals: false,
  byCustomerTitle: '',
  totalsText: '',
  hasCapped: false,
  cappedText: '',
  pageText: '',
  hasFitNote: false,
  fitNote: '',
  rows: [],
  isEmpty: false,
  emptyText: '',
  hasPrevious: false,
  previousTitle: '',
  previousData: {},
  hasMore: false,
  moreTitle: '',
  moreData: {},
};

export function acrossListCard<T>(input: AcrossListInput<T>, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const texts = acrossTexts(ctx.locale);
  const counted = input.items.length;
  const pageSize = ACROSS_PAGE_SIZE;
  const requested = Math.max(0, Math.floor(input.offset) || 0);
  // Past the end (the list shrank since the button was made): the last page.
  const offset =
    requested < counted ? requested : Math.max(0, Math.floor((counted - 1) / pageSize) * pageSize);
  const rows = Math.max(1, Math.min(pageSize, input.maxRows ?? pageSize));
  const page = input.items.slice(offset, offset + rows);
  const end = offset + page.length;
  const trimmed = end < Math.min(offset + pageSize, counted);
  const total = l.number(counted);
  const previousOffset = Math.max(0, offset - pageSize);
  const complete = input.coverage.firstPass >= 1 && input.coverage.asOf !== undefined;
  return render({
    ...NONE,
    title: input.title,
    hasSubtitle: Boolean(input.subtitle),
    subtitle: input.subtitle ?? '',
    hasCoverage: true,
    coverageText: coverageText(l, texts, input.coverage, input.now),
    // A list from an index still on its first pass may miss customers: the line says so in colour.
    coverageColor: complete ? 'Default' : 'Warning',
    hasFacts: input.facts.length > 0,
    facts: input.facts,
    hasRows: counted > 0,
    headline: input.headline,
    hasTotals: input.totals.length > 0,
    byCustomerTitle: texts.byCustomer,
    totalsText: totalsText(l, texts, input.totals),
    hasCapped: input.capped !== undefined,
    cappedText: input.capped
      ? fmt(texts.capped, { shown: l.number(input.capped.read), total: l.number(input.capped.held) })
      : '',
    pageText: fmt(texts.pageRange, { from: l.number(offset + 1), to: l.number(end), total }),
    hasFitNote: trimmed,
    fitNote: trimmed ? fmt(l.s.trimmedToFit, { shown: l.number(page.length), total }) : '',
    rows: page.map((item) => input.row(item)),
    isEmpty: counted === 0,
    emptyText: input.emptyText,
    hasPrevious: offset > 0,
    previousTitle: fmt(texts.showPrevious, {
      from: l.number(previousOffset + 1),
      to: l.number(offset),
      total,
    }),
    previousData: offset > 0 ? input.page(previousOffset) : {},
    hasMore: end < counted,
    moreTitle: fmt(texts.showMore, {
      from: l.number(end + 1),
      to: l.number(Math.min(end + pageSize, counted)),
      total,
    }),
    moreData: end < counted ? input.page(end) : {},
    refreshTitle: l.s.refresh,
    refreshData: input.refresh(),
  });
}

/** A title and one plain sentence (no index, an empty one, one that cannot be read now), with Refresh. */
export function acrossNoticeCard(
  input: { title: string; text: string; refresh: ActionData },
  ctx: CardContext,
): AdaptiveCard {
  return render({
    ...NONE,
    title: input.title,
    hasNotice: true,
    noticeText: input.text,
    refreshTitle: localizer(ctx.locale).s.refresh,
    refreshData: input.refresh,
  });
}
