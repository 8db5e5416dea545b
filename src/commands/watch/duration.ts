// "3 days", "5 horas", "2小时": how long an order has been in its state, in the string table's language (the
// sentence around it is in that language), rounded to the unit that reads naturally.
import type { Localizer } from '../../cards/locale';

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Up to each bound (exclusive) the duration is said in that unit. */
const UNITS: readonly (readonly [below: number, unit: Unit, size: number])[] = [
  [120 * MINUTE, 'minute', MINUTE],
  [48 * HOUR, 'hour', HOUR],
  [60 * DAY, 'day', DAY],
  [730 * DAY, 'month', 30.44 * DAY],
  [Infinity, 'year', 365.25 * DAY],
];

const formats = new Map<string, Intl.NumberFormat>();

export function durationText(l: Localizer, ms: number): string {
  const span = Math.max(MINUTE, Number.isFinite(ms) ? ms : MINUTE);
  const [, unit, size] = UNITS.find(([below]) => span < below)!;
  const key = `${l.s.lang}|${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(l.s.lang, { style: 'unit', unit, unitDisplay: 'long' });
    formats.set(key, format);
  }
  return format.format(Math.max(1, Math.round(span / size)));
}
