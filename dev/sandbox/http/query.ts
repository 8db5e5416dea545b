/**
 * Query parameters with case-insensitive names (billingType, BillingType and billingtype all reach
 * Partner Center's ASP.NET model binding). The first value of a repeated name wins.
 */
export class QueryParams {
  readonly raw: Readonly<Record<string, string>>;
  private readonly byLowerName = new Map<string, string>();

  constructor(entries: Iterable<[string, string]>) {
    const raw: Record<string, string> = {};
    for (const [name, value] of entries) {
      if (name in raw) continue;
      raw[name] = value;
      if (!this.byLowerName.has(name.toLowerCase())) this.byLowerName.set(name.toLowerCase(), value);
    }
    this.raw = raw;
  }

  static fromRecord(record: Readonly<Record<string, string>>): QueryParams {
    return new QueryParams(Object.entries(record));
  }

  get(name: string): string | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  /** The raw parameters minus the named ones, e.g. to rebuild a links.next query. */
  without(...names: string[]): Record<string, string> {
    const drop = new Set(names.map((n) => n.toLowerCase()));
    return Object.fromEntries(Object.entries(this.raw).filter(([name]) => !drop.has(name.toLowerCase())));
  }
}
