// Records filed by the day of one of their dates, so a range query in memory neither scans nor sorts the whole
// index: it walks the days of its range (term ends fall on a few thousand days at most), counts whole days by
// their size and sorts only the days its page touches. Writes are a map update (and, for a day not yet held,
// one insertion into a short sorted list of days).
import type { IndexPage } from './store';

const DAY_MS = 86_400_000;

interface Filed<T> {
  at: number;
  id: string;
  record: T;
}

export class DayBuckets<T> {
  private readonly days = new Map<number, Map<string, Filed<T>>>();
  /** The days that hold records, ascending. */
  private readonly order: number[] = [];
  /** The day each id is filed under, to take it out without its old record. */
  private readonly dayOf = new Map<string, number>();

  get size(): number {
    return this.dayOf.size;
  }

  /** Files `record` under `at` (epoch ms), replacing what `id` had. */
  put(id: string, at: number, record: T): void {
    this.remove(id);
    const day = Math.floor(at / DAY_MS);
    let bucket = this.days.get(day);
    if (!bucket) {
      bucket = new Map();
      this.days.set(day, bucket);
      this.order.splice(this.firstDayAtOrAfter(day), 0, day);
    }
    bucket.set(id, { at, id, record });
    this.dayOf.set(id, day);
  }

  remove(id: string): void {
    const day = this.dayOf.get(id);
    if (day === undefined) return;
    this.dayOf.delete(id);
    const bucket = this.days.get(day);
    bucket?.delete(id);
    if (bucket?.size === 0) {
      this.days.delete(day);
      this.order.splice(this.firstDayAtOrAfter(day), 1);
    }
  }

  /** Records with `at` in [from, to], soonest first (the same time by id), paged. */
  range(from: number, to: number, offset: number, limit: number): IndexPage<T> {
    const items: T[] = [];
    let total = 0;
    if (!(from <= to)) return { items, total };
    const fromDay = Math.floor(from / DAY_MS);
    const toDay = Math.floor(to / DAY_MS);
    for (let i = this.firstDayAtOrAfter(fromDay); i < this.order.length; i++) {
      const day = this.order[i]!;
      if (day > toDay) break;
      const bucket = this.days.get(day)!;
      // A whole day is counted by its size; only a day at the range's edges is filtered, and only a day the
      // page needs is sorted.
      const edge = day === fromDay || day === toDay;
      let filed = edge ? [...bucket.values()].filter((f) => f.at >= from && f.at <= to) : undefined;
      const count = filed?.length ?? bucket.size;
      if (total + count > offset && items.length < limit) {
        filed ??= [...bucket.values()];
        filed.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
        const start = Math.max(0, offset - total);
        for (const f of filed.slice(start, start + limit - items.length)) items.push(f.record);
      }
      total += count;
    }
    return { items, total };
  }

  /** Index in `order` of the first day >= day (binary search). */
  private firstDayAtOrAfter(day: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
