// One Localizer per activity locale, cached: the string table plus the Intl formatters, which cost tens of
// microseconds to construct. Values (dates, numbers, money, terms) are formatted for the user's locale;
// sentences come from the string table, so plurals and relative times follow the table's language.
// Example: 'de-DE' gets English sentences with German dates and numbers.

import { LRUCache } from 'lru-cache';
import { parsePartnerCenterDate } from '../partnercenter/dates';
import { pickStrings, type Strings } from './strings';
import { plainText } from './plain-text';
import { fmt, MISSING } from './text';

import type { PluralForms } from './strings/plural';

export type { PluralForms };

const MAX_RAW_DATE = 40;
/** timeStyle 'short' spelt out, with the zone's name (Intl does not let a timeStyle carry it). */
const TIME_PARTS = new Set<string>(['hour', 'minute', 'dayPeriod']);
const TIME: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
};
const TERM_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
};

/** Counts below this are formatted once per locale. */
const SMALL_COUNTS = 1024;
/** Dates (and date-times) kept formatted per locale. */
const MAX_MEMO_DATES = 4096;

/** `make()` kept under `key`; an absent value is not kept (its text is the same short mark every time). */
function memoized(
  memo: LRUCache<string, string>,
  key: string | null | undefined,
  make: () => string,
): string {
  if (key === null || key === undefined) return make();
  let text = memo.get(key);
  if (text === undefined) memo.set(key, (text = make()));
  return text;
}

export class Localizer {
  readonly s: Strings;
  /** The BCP 47 tag the Intl formatters use. */
  readonly formatLocale: string;
  private dateFormat?: Intl.DateTimeFormat;
  private dateTimeFormat?: Intl.DateTimeFormat;
  private timeFormat?: Intl.DateTimeFormat;
  private numberFormat?: Intl.NumberFormat;
  private decimalFormat?: Intl.NumberFormat;
  private pluralRules?: Intl.PluralRules;
  private relativeTime?: Intl.RelativeTimeFormat;
  private readonly moneyFormats = new Map<string, Intl.NumberFormat | null>();
  private readonly unitFormats = new Map<string, Intl.NumberFormat>();
  // A card shows the same few dates and counts on every row and every render: each is formatted once.
  private readonly dates = new LRUCache<string, string>({ max: MAX_MEMO_DATES });
  private readonly dateTimes = new LRUCache<string, string>({ max: MAX_MEMO_DATES });
  private readonly counts: string[] = [];

  constructor(locale: string) {
    this.s = pickStrings(locale);
    this.formatLocale = canonicalLocale(locale) ?? this.s.lang;
  }

  /** A Partner Center date as a medium date in UTC; the raw value when unreadable, '—' when absent. */
  date(value: string | null | undefined): string {
    return memoized(this.dates, value, () => {
      const ms = parsePartnerCenterDate(value);
      if (ms === undefined) return rawDate(value);
      return (this.dateFormat ??= this.dateFormatter({})).format(ms);
    });
  }

  /**
   * Like date(), with the time of day and its zone, UTC, where the locale writes them ("Dec 2, 2026, 4:21 PM
   * UTC", "2 de dez. de 2026, 16:21 UTC", "2026年12月2日 UTC 16:21"): all from Intl.
   */
  dateTime(value: string | null | undefined): string {
    return memoized(this.dateTimes, value, () => this.formatDateTime(value));
  }

  private formatDateTime(value: string | null | undefined): string {
    const ms = parsePartnerCenterDate(value);
    if (ms === undefined) return rawDate(value);
    // The medium date and short time of the locale, its time (hour to minute or AM/PM) given its zone.
    const parts = (this.dateTimeFormat ??= this.dateFormatter({ timeStyle: 'short' })).formatToParts(ms);
    const isTime = (p: Intl.DateTimeFormatPart) => TIME_PARTS.has(p.type);
    const from = parts.findIndex(isTime);
    let to = parts.length - 1;
    while (to >= 0 && !isTime(parts[to]!)) to--;
    if (from < 0) return `${this.date(value)} ${this.time(ms)}`;
    const text = (list: Intl.DateTimeFormatPart[]) => list.map((p) => p.value).join('');
    return `${text(parts.slice(0, from))}${this.time(ms)}${text(parts.slice(to + 1))}`;
  }

  /** A time of day with its zone ("4:21 PM UTC", "UTC 16:21"), for a time known to be today. */
  time(ms: number): string {
    return (this.timeFormat ??= new Intl.DateTimeFormat(this.formatLocale, TIME)).format(ms);
  }

  number(n: number): string {
    const small = Number.isInteger(n) && n >= 0 && n < SMALL_COUNTS;
    if (small && this.counts[n] !== undefined) return this.counts[n];
    const text = (this.numberFormat ??= new Intl.NumberFormat(this.formatLocale)).format(n);
    if (small) this.counts[n] = text;
    return text;
  }

  /**
   * An amount with its ISO currency code, written the locale's way: "USD 13,668.00" (en), "USD 13.668,00"
   * (pt-BR), "USD 13,668.00" (zh-CN), "13.668,00 USD" (it). A code reads the same to every finance person,
   * where a symbol does not ($ is also CAD and AUD; "US$" and "£" only in some locales). Symbol + number when
   * the code is not usable.
   */
  money(amount: number, currencyCode?: string | null, currencySymbol?: string | null): string {
    const code = currencyCode?.trim().toUpperCase() ?? '';
    let formatter = this.moneyFormats.get(code);
    if (formatter === undefined) {
      formatter = currencyFormatter(this.formatLocale, code);
      if (this.moneyFormats.size < 32) this.moneyFormats.set(code, formatter);
    }
    if (formatter) return formatter.format(amount);
    const digits = (this.decimalFormat ??= new Intl.NumberFormat(this.formatLocale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })).format(amount);
    const prefix = plainText(currencySymbol || currencyCode || '', 10);
    return prefix ? `${prefix} ${digits}` : digits;
  }

  /** An ISO 8601 duration such as P1Y or P36M ("1 year", "36 meses"); other values as they came. */
  term(iso: string | undefined): string {
    if (!iso) return MISSING;
    const match = /^P(\d+)([YMWD])$/i.exec(iso.trim());
    const unit = match && TERM_UNITS[(match[2] ?? '').toUpperCase()];
    if (!match || !unit) return plainText(iso, MAX_RAW_DATE);
    let formatter = this.unitFormats.get(unit);
    if (!formatter) {
      formatter = new Intl.NumberFormat(this.formatLocale, { style: 'unit', unit, unitDisplay: 'long' });
      this.unitFormats.set(unit, formatter);
    }
    return formatter.format(Number(match[1]));
  }

  /** "{n} orders" with the plural form for n and n formatted for the user's locale. */
  count(forms: PluralForms, n: number): string {
    const rule = (this.pluralRules ??= new Intl.PluralRules(this.s.lang)).select(n);
    const form = (n === 0 ? forms.zero : undefined) ?? forms[rule as keyof PluralForms] ?? forms.other;
    return fmt(form, { n: this.number(n) });
  }

  /** "5 minutes ago" in the string table's language (it is embedded in a sentence of that language). */
  ago(ms: number): string {
    const rtf = (this.relativeTime ??= new Intl.RelativeTimeFormat(this.s.lang, { numeric: 'always' }));
    const minutes = Math.max(1, Math.round(ms / 60_000));
    if (minutes < 120) return rtf.format(-minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (hours < 48) return rtf.format(-hours, 'hour');
    return rtf.format(-Math.round(hours / 24), 'day');
  }

  private dateFormatter(extra: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return new Intl.DateTimeFormat(this.formatLocale, { dateStyle: 'medium', timeZone: 'UTC', ...extra });
  }
}

function rawDate(value: string | null | undefined): string {
  return value ? plainText(value, MAX_RAW_DATE) : MISSING;
}

function canonicalLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

function currencyFormatter(locale: string, code: string): Intl.NumberFormat | null {
  if (!/^[A-Z]{3}$/.test(code)) return null;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'code' });
}

// Activity locales come from the client; keep the cache bounded whatever they send.
const MAX_LOCALES = 64;
const localizers = new Map<string, Localizer>();

export function localizer(locale: string | undefined): Localizer {
  const key = locale ?? '';
  let found = localizers.get(key);
  if (!found) {
    if (localizers.size >= MAX_LOCALES) localizers.clear();
    found = new Localizer(key);
    localizers.set(key, found);
  }
  return found;
}
