// Partner Center dates come as ISO 8601 with or without offsets, and some documented responses carry
// defects such as "2015-11-25T06: 41: 12Z" (seed 003). Parse leniently; never throw.

/** Milliseconds since the epoch, or undefined when the value cannot be read as a date. */
export function parsePartnerCenterDate(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const cleaned = value.trim().replace(/:\s+/g, ':');
  const ms = Date.parse(cleaned);
  return Number.isNaN(ms) ? undefined : ms;
}
