// When digests post: daily at the digest hour, weekly on Mondays at it; once per period, and only for periods
// that began after the digest was asked for.
import { duePeriod, firstPostAt, periodAt } from '../../src/digest/schedule';

const at = (iso: string) => Date.parse(iso);

describe('digest periods', () => {
  it('start daily at the hour, weekly on Monday at the hour', () => {
    // 2026-03-01 is a Sunday.
    expect(periodAt('daily', 8, at('2026-03-01T07:59:59Z'))).toEqual({
      key: 'daily:2026-02-28',
      start: at('2026-02-28T08:00:00Z'),
      end: at('2026-03-01T08:00:00Z'),
    });
    expect(periodAt('daily', 8, at('2026-03-01T08:00:00Z')).key).toBe('daily:2026-03-01');
    expect(periodAt('weekly', 8, at('2026-03-01T10:00:00Z'))).toEqual({
      key: 'weekly:2026-02-23',
      start: at('2026-02-23T08:00:00Z'),
      end: at('2026-03-02T08:00:00Z'),
    });
    expect(periodAt('weekly', 8, at('2026-03-02T07:59:00Z')).key).toBe('weekly:2026-02-23');
    expect(periodAt('weekly', 8, at('2026-03-02T08:00:00Z')).key).toBe('weekly:2026-03-02');
    expect(periodAt('weekly', 0, at('2026-03-08T23:59:00Z')).key).toBe('weekly:2026-03-02');
    expect(periodAt('weekly', 23, at('2026-03-02T22:00:00Z')).key).toBe('weekly:2026-02-23');
  });

  it('are due only once they began after the digest was asked for', () => {
    const asked = at('2026-03-01T10:00:00Z');
    expect(duePeriod('weekly', 8, asked, at('2026-03-01T23:00:00Z'))).toBeUndefined();
    expect(duePeriod('weekly', 8, asked, at('2026-03-02T08:00:00Z'))?.key).toBe('weekly:2026-03-02');
    expect(duePeriod('weekly', 8, asked, at('2026-03-04T12:00:00Z'))?.key).toBe('weekly:2026-03-02');
    expect(duePeriod('daily', 8, asked, at('2026-03-01T12:00:00Z'))).toBeUndefined();
    expect(duePeriod('daily', 8, asked, at('2026-03-02T08:00:01Z'))?.key).toBe('daily:2026-03-02');
  });

  it('say when the first post comes', () => {
    expect(firstPostAt('weekly', 8, at('2026-03-01T10:00:00Z'))).toBe(at('2026-03-02T08:00:00Z'));
    expect(firstPostAt('daily', 8, at('2026-03-01T07:00:00Z'))).toBe(at('2026-03-01T08:00:00Z'));
    expect(firstPostAt('daily', 8, at('2026-03-01T08:00:00Z'))).toBe(at('2026-03-01T08:00:00Z'));
  });
});
