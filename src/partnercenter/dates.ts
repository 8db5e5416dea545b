// Partner Center dates come as ISO 8601 with or without offsets, with 0–7 fraction digits, and some documented
// responses carry defects such as "2015-11-25T06: 41: 12Z" (seed 003). A date without an offset is UTC (as
// Partner Center means it), never the host's time zone. Parse leniently; never throw.

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Milliseconds since the epoch, or undefined when the value cannot be read as a date. */
export function parsePartnerCenterDate(value: string | undefined | null): number | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const cleaned = value.trim().replace(/:\s+/g, ':');
  const m = ISO.exec(cleaned);
  if (!m) {
    // Other forms (e.g. an RFC 1123 date) name their zone; a bare local time is not accepted.
    if (!/(GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(cleaned)) return undefined;
    const ms = Date.parse(cleaned);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const offset = zoneOffsetMinutes(zone);
  if (Number.isNaN(utc) || offset === undefined || !validParts(y!, mo!, d!, h, mi, s)) return undefined;
  return utc - offset * 60_000;
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** Date.UTC rolls 2018-02-30 over to March; a real date has fields in range. */
function validParts(y: string, mo: string, d: string, h: string, mi: string, s: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) <= 24 &&
    Number(mi) <= 59 &&
    Number(s) <= 60
  );
}
