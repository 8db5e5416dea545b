// What a card answered from the partner-wide index says it covers: "Index as of 10:42 UTC, 9,812 of 10,000
// customers; first pass 87% done", with the time and numbers formatted for the person's locale (Intl).
import type { Localizer } from '../../../cards/locale';
import { fmt } from '../../../cards/text';
import type { Coverage } from '../../../index/partner-index';
import type { AcrossTexts } from './texts';

const DAY_MS = 86_400_000;
const MAX_FORMATS = 64;
const percentFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(formats: Map<string, F>, locale: string, make: () => F): F {
  let found = formats.get(locale);
  if (!found) {
    // Locales come from the client: keep the cache bounded whatever they send.
    if (formats.size >= MAX_FORMATS) formats.clear();
    found = make();
    formats.set(locale, found);
  }
  return found;
}

/** "10:42 UTC" on the day of `now` (UTC), else the date too ("14 Jan 2026, 10:42 UTC"). */
export function indexTime(l: Localizer, at: number, now: number): string {
  if (Math.floor(at / DAY_MS) !== Math.floor(now / DAY_MS)) return l.dateTime(new Date(at).toISOString());
  return l.time(at);
}

/** A share (0..1) as a whole percentage, rounded down: a pass not done never shows "100%". */
export function percentText(l: Localizer, share: number): string {
  const format = cached(
    percentFormats,
    l.formatLocale,
    () => new Intl.NumberFormat(l.formatLocale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  return format.format(Math.floor(Math.max(0, Math.min(1, share)) * 100) / 100);
}

/** The coverage line; it says so when no customer has been read whole yet (only people's answers). */
export function coverageText(l: Localizer, texts: AcrossTexts, coverage: Coverage, now: number): string {
  if (coverage.asOf === undefined) return texts.answersOnly;
  const values = {
    time: indexTime(l, coverage.asOf, now),
    customers: l.number(coverage.customers),
    total: l.number(coverage.totalCustomers),
  };
  const line = fmt(coverage.totalCustomers > 0 ? texts.coverage : texts.coverageNoTotal, values);
  if (coverage.firstPass >= 1 || coverage.totalCustomers === 0) return line;
  return fmt(texts.firstPass, { coverage: line, percent: percentText(l, coverage.firstPass) });
}

/** Nothing to answer from: no customer read and no record fed by an answer. */
export function isEmptyIndex(coverage: Coverage): boolean {
  return coverage.customers === 0 && coverage.orders === 0 && coverage.subscriptions === 0;
}
