// Records by lowercase id, with their ids also bucketed by their first characters: a shortened id (at least
// PREFIX_LENGTH characters, as PartnerIndex asks) is found among a few ids, not by scanning every record (at
// 10,000 customers, hundreds of thousands; a scan made `order <id>` twice as slow as a warm turn).

/** Ids shorter than this are not looked up by prefix (PartnerIndex asks for at least 4 characters). */
export const PREFIX_LENGTH = 4;

export class RecordsById<T> {
  private readonly byId = new Map<string, T>();
  private readonly buckets = new Map<string, Set<string>>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  set(id: string, record: T): void {
    if (!this.byId.has(id)) {
      const key = id.slice(0, PREFIX_LENGTH);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Set()));
      bucket.add(id);
    }
    this.byId.set(id, record);
  }

  delete(id: string): void {
    if (!this.byId.delete(id)) return;
    const key = id.slice(0, PREFIX_LENGTH);
    const bucket = this.buckets.get(key);
    bucket?.delete(id);
    if (bucket?.size === 0) this.buckets.delete(key);
  }

  values(): IterableIterator<T> {
    return this.byId.values();
  }

  /** The record with this id, else at most `limit` whose id starts with `prefix` (lowercase). */
  startingWith(prefix: string, limit: number): T[] {
    const exact = this.byId.get(prefix);
    if (exact) return [exact];
    const found: T[] = [];
    const candidates =
      prefix.length >= PREFIX_LENGTH
        ? (this.buckets.get(prefix.slice(0, PREFIX_LENGTH)) ?? [])
        : this.byId.keys();
    for (const id of candidates) {
      if (!id.startsWith(prefix)) continue;
      found.push(this.byId.get(id)!);
      if (found.length >= limit) break;
    }
    return found;
  }
}
