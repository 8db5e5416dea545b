// Times as the digest's cards say them, in the person's language: "in 5 hours", "in 20 days"; the digest hour
// ("08:00 UTC"); a scope ("Contoso, Fabrikam", or every customer).
import type { Localizer } from '../../cards/locale';
import type { DigestCustomer } from '../../state/digest-store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const relative = new Map<string, Intl.RelativeTimeFormat>();
const hours = new Map<string, Intl.DateTimeFormat>();

/** "in 5 hours", "em 20 dias", "20天后": from now to `at`, in the table's language (the sentence is in it). */
export function inTime(l: Localizer, ms: number): string {
  let format = relative.get(l.s.lang);
  if (!format)
    relative.set(l.s.lang, (format = new Intl.RelativeTimeFormat(l.s.lang, { numeric: 'always' })));
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 120) return format.format(minutes, 'minute');
  const inHours = Math.round(ms / HOUR);
  if (inHours < 48) return format.format(inHours, 'hour');
  return format.format(Math.round(inHours / 24), 'day');
}

/** The digest hour as the person's locale writes a time: "8:00 AM UTC", "08:00 UTC". */
export function hourText(l: Localizer, hourUtc: number): string {
  let format = hours.get(l.formatLocale);
  if (!format) {
    if (hours.size >= 64) hours.clear();
    format = new Intl.DateTimeFormat(l.formatLocale, { timeStyle: 'short', timeZone: 'UTC' });
    hours.set(l.formatLocale, format);
  }
  return `${format.format(hourUtc * HOUR)} UTC`;
}

/** The customers' names, or the table's "every customer". */
export function scopeText(
  customers: readonly DigestCustomer[] | undefined,
  everyCustomer: string,
  separator: string,
): string {
  return customers && customers.length > 0 ? customers.map((c) => c.name).join(separator) : everyCustomer;
}
