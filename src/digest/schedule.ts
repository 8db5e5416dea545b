// When a digest posts: daily at the digest hour (DIGEST_HOUR_UTC), weekly on Mondays at that hour. A period runs
// from one posting time to the next; a digest posts once per period, from its start (later when no instance
// was up then), and only for periods that started after it was asked for. Pure, with the clock passed in.
import type { DigestCadence } from '../state/digest-store';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

export interface Period {
  /** Names the period in claims: `weekly:2026-03-02`. */
  key: string;
  start: number;
  end: number;
}

/** The period `now` is in: from the latest posting time at or before it. */
export function periodAt(cadence: DigestCadence, hourUtc: number, now: number): Period {
  let start = Math.floor(now / DAY_MS) * DAY_MS + hourUtc * HOUR_MS;
  if (start > now) start -= DAY_MS;
  if (cadence === 'weekly') start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS; // back to Monday
  const end = start + (cadence === 'weekly' ? WEEK_MS : DAY_MS);
  return { key: `${cadence}:${new Date(start).toISOString().slice(0, 10)}`, start, end };
}

/** The period to post now, or undefined when the digest was asked for after the current one began. */
export function duePeriod(
  cadence: DigestCadence,
  hourUtc: number,
  createdAt: number,
  now: number,
): Period | undefined {
  const period = periodAt(cadence, hourUtc, now);
  return period.start >= createdAt ? period : undefined;
}

/** When a digest asked for at `createdAt` first posts. */
export function firstPostAt(cadence: DigestCadence, hourUtc: number, createdAt: number): number {
  const period = periodAt(cadence, hourUtc, createdAt);
  return period.start === createdAt ? period.start : period.end;
}
