// What the scheduler posts into a thread (src/digest): a renewals digest (three groups, each a count and its
// soonest rows; monthly rollovers counted), and a window alert's notice (windows closing within 24 hours,
// windows opened). Every value is formatted for the digest's language; names come from the digest's own
// customers, else from the customer directory, else the tenant id shows.
import template from '../../../cards/digest.json';
import { billingCycleName } from '../../cards/labels';
import type { Localizer } from '../../cards/locale';
import { plainText } from '../../cards/plain-text';
import type { Strings } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { fmt, truncate } from '../../cards/text';
import type { AdaptiveCard } from '../../cards/types';
import type { DigestCards } from '../../digest/cards';
import type { DigestContent, DigestGroup } from '../../digest/content';
import type { WindowEvent } from '../../digest/windows';
import type { IndexedSubscription, NextTerm } from '../../index/records';
import type { Digest, RenewalsDigest, WindowAlert } from '../../state/digest-store';
import { runAction } from '../actions';
import type { CustomerLookup } from '../deps';
import { customerNamer } from '../shared/across/totals';
import { acrossTexts } from '../shared/across/texts';
import { coverageText, isEmptyIndex } from '../shared/across/coverage';
import { lineText, watchTextView, type WatchButton, type WatchTextView } from '../shared/watch/view';
import { listButton } from './card';
import type { DigestCardStrings } from './strings';
import { digestLocalizer } from './texts';
import { inTime, scopeText } from './when';

/** Rows a notice lists per kind of event; the rest are counted. */
const MAX_NOTICE_ROWS = 10;
const MAX_NAME = 80;
const MAX_CUSTOMER = 60;

interface Section {
  heading: string;
  rows: { text: string }[];
}

interface DigestPostView extends WatchTextView {
  hasPeriod: boolean;
  period: string;
  hasCoverage: boolean;
  coverage: string;
  coverageColor: 'Default' | 'Warning';
  sections: Section[];
  notes: { text: string }[];
  buttons: WatchButton[];
}

type DigestWords = Strings & DigestCardStrings;

const render = cardTemplate<DigestPostView>(template);

/** A tenant id's name: the customers the digest was asked for, else `directory`'s, else the id. */
type Namer = (tenantId: string) => string;

function namerFor(digest: Digest, directory: Namer | undefined): Namer {
  const own = new Map((digest.customers ?? []).map((c) => [c.id.toLowerCase(), c.name]));
  return (id) => own.get(id.toLowerCase()) ?? directory?.(id) ?? id;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Customer, offer and seats: the start of every row. */
function rowValues(l: Localizer, s: IndexedSubscription, nameOf: Namer) {
  return {
    customer: truncate(nameOf(s.cust), MAX_CUSTOMER),
    name: truncate(s.name ?? s.offer ?? s.id, MAX_NAME),
    qty: l.number(s.qty),
    term: l.term(s.term),
    // Inside the row's sentence: lower case where the language has case ("1 ano, anual").
    cycle: billingCycleName(l.s, s.cycle).toLocaleLowerCase(l.s.lang),
  };
}

/** "quantity 45, product CFQ7TTC0LFLX:0001": what the next term changes. */
function changesText(l: Localizer, t: DigestWords, next: NextTerm): string {
  const parts: string[] = [];
  if (next.qty !== undefined) parts.push(fmt(t.changeQuantity, { n: l.number(next.qty) }));
  if (next.term) parts.push(fmt(t.changeTerm, { term: l.term(next.term) }));
  if (next.cycle)
    parts.push(fmt(t.changeCycle, { cycle: billingCycleName(l.s, next.cycle).toLocaleLowerCase(l.s.lang) }));
  if (next.product) parts.push(fmt(t.changeProduct, { product: plainText(next.product, 60) }));
  return parts.join(t.listSeparator);
}

function termRow(l: Localizer, t: DigestWords, s: IndexedSubscription, nameOf: Namer, now: number): string {
  const ends = s.ends ?? now;
  const values = { ...rowValues(l, s, nameOf), date: l.date(iso(ends)), in: inTime(l, ends - now) };
  if (s.autoRenew === false) return fmt(t.rowEnd, values);
  if (s.next) return fmt(t.rowChange, { ...values, changes: changesText(l, t, s.next) });
  return fmt(t.rowTerm, values);
}

function windowRow(l: Localizer, t: DigestWords, s: IndexedSubscription, nameOf: Namer, now: number): string {
  const closes = typeof s.cancelBy === 'number' ? s.cancelBy : now;
  return fmt(t.rowWindow, {
    ...rowValues(l, s, nameOf),
    date: l.dateTime(iso(closes)),
    in: inTime(l, closes - now),
  });
}

function section(
  l: Localizer,
  t: DigestWords,
  heading: string,
  group: DigestGroup,
  row: (s: IndexedSubscription) => string,
): Section {
  const n = l.number(group.total);
  const rows = group.rows.map(row);
  if (rows.length === 0) rows.push(t.noneInGroup);
  else if (group.total > group.rows.length)
    rows.push(fmt(t.more, { n: l.number(group.total - group.rows.length) }));
  return {
    heading: fmt(heading, { n: group.atLeast ? fmt(t.atLeast, { n }) : n }),
    rows: rows.map(lineText),
  };
}

/** The coverage line, in the warning colour while the index's first pass runs. */
function coverageOf(l: Localizer, locale: string, content: DigestContent, now: number) {
  const texts = acrossTexts(locale);
  const { coverage } = content;
  const text = isEmptyIndex(coverage) ? texts.emptyIndex : coverageText(l, texts, coverage, now);
  const color: 'Default' | 'Warning' = coverage.firstPass < 1 ? 'Warning' : 'Default';
  return { hasCoverage: true, coverage: plainText(text, 300), coverageColor: color };
}

export function renewalsPostCard(
  digest: RenewalsDigest,
  content: DigestContent,
  now: number,
  directory?: Namer,
): AdaptiveCard {
  const l = digestLocalizer(digest.locale);
  const t = l.s;
  const nameOf = namerFor(digest, directory);
  const scope = scopeText(digest.customers, t.everyCustomer, t.listSeparator);
  const title = digest.customers ? fmt(t.postTitleFor, { scope }) : t.postTitle;
  return render({
    ...watchTextView(title, []),
    hasPeriod: true,
    period: fmt(t.postPeriod, { from: l.date(iso(content.from)), to: l.date(iso(content.to)) }),
    ...coverageOf(l, digest.locale, content, now),
    sections: [
      section(l, t, t.termEnds, content.termEnds, (s) => termRow(l, t, s, nameOf, now)),
      section(l, t, t.ends, content.ends, (s) => termRow(l, t, s, nameOf, now)),
      section(l, t, t.windowsClosing, content.windows, (s) => windowRow(l, t, s, nameOf, now)),
    ],
    notes: [{ text: plainText(fmt(t.rollovers, { n: l.number(content.rollovers) }), 300) }],
    buttons: [
      { title: t.stopDigest, data: runAction({ kind: 'digest', op: 'stop', id: digest.id }) },
      listButton(digest.locale),
    ],
  });
}

export function windowsNoticeCard(
  alert: WindowAlert,
  events: readonly WindowEvent[],
  now: number,
  directory?: Namer,
): AdaptiveCard {
  const l = digestLocalizer(alert.locale);
  const t = l.s;
  const nameOf = namerFor(alert, directory);
  const closing = events.filter((e) => e.kind === 'closing');
  // A window opened and closing at once is said once, as closing.
  const closingIds = new Set(closing.map((e) => e.subscription.id.toLowerCase()));
  const opened = events.filter(
    (e) => e.kind === 'opened' && !closingIds.has(e.subscription.id.toLowerCase()),
  );
  const sections: Section[] = [];
  for (const [heading, list] of [
    [t.closingHeading, closing],
    [t.openedHeading, opened],
  ] as const) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((a, b) => a.closesAt - b.closesAt);
    const rows = sorted
      .slice(0, MAX_NOTICE_ROWS)
      .map((e) => fmt(t.rowId, { row: windowRow(l, t, e.subscription, nameOf, now), id: e.subscription.id }));
    if (sorted.length > MAX_NOTICE_ROWS)
      rows.push(fmt(t.more, { n: l.number(sorted.length - MAX_NOTICE_ROWS) }));
    sections.push({ heading: fmt(heading, { n: l.number(list.length) }), rows: rows.map(lineText) });
  }
  const scope = scopeText(alert.customers, t.everyCustomer, t.listSeparator);
  return render({
    ...watchTextView(alert.customers ? fmt(t.noticeTitleFor, { scope }) : t.noticeTitle, []),
    hasPeriod: false,
    period: '',
    hasCoverage: false,
    coverage: '',
    coverageColor: 'Default',
    sections,
    notes: [],
    buttons: [
      { title: t.stopAlerts, data: runAction({ kind: 'digest', op: 'stop', id: alert.id }) },
      listButton(alert.locale),
    ],
  });
}

/**
 * The posts as the scheduler asks for them (src/digest/cards.ts); the customer directory names customers when
 * it holds them (asked anew for each post: it may have loaded since).
 */
export function digestCards(directory?: CustomerLookup): DigestCards {
  const names = () => (directory ? customerNamer({ directory }) : undefined);
  return {
    renewals: (digest, content, now) => renewalsPostCard(digest, content, now, names()),
    windows: (alert, events, now) => windowsNoticeCard(alert, events, now, names()),
  };
}
