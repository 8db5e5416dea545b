// Resolution of what a person typed against the loaded customer list, with no Partner Center call:
// a tenant id, then an exact name or domain, then a name or domain prefix, then names a typo or two away.
import { editDistance } from '../text/edit-distance';
import { isGuid } from '../partnercenter/guid-format';
import type { Customer } from '../partnercenter/models';

export type DirectoryMatch =
  | { kind: 'found'; customer: Customer }
  /** Several customers, or names that are only near what was typed: the person picks one. */
  | { kind: 'ambiguous'; candidates: Customer[] };

interface Entry {
  customer: Customer;
  name: string;
  domain: string;
  /** The domain's first label ("contoso" of contoso.onmicrosoft.com). */
  label: string;
}

/** An immutable, searchable copy of the partner's customers. */
export class CustomerIndex {
  private readonly entries: readonly Entry[];
  private readonly byId: ReadonlyMap<string, Customer>;

  constructor(
    customers: readonly Customer[],
    private readonly maxCandidates = 10,
  ) {
    this.entries = customers.map((customer) => {
      // Some customers have no domain: they are matched by name and id only.
      const domain = (customer.companyProfile.domain ?? '').toLowerCase();
      return {
        customer,
        name: customer.companyProfile.companyName.toLowerCase(),
        domain,
        label: domain.split('.')[0] ?? '',
      };
    });
    this.byId = new Map(customers.map((c) => [c.id.toLowerCase(), c]));
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The customer(s) `typed` names, or undefined when nothing here is close: the caller then asks Partner
   * Center, since a customer added since the last load is not here yet.
   */
  match(typed: string): DirectoryMatch | undefined {
    const query = typed.trim().toLowerCase();
    if (query === '') return undefined;
    if (isGuid(query)) {
      const customer = this.byId.get(query);
      return customer ? { kind: 'found', customer } : undefined;
    }
    const exact = this.entries.filter((e) => e.name === query || (e.domain !== '' && e.domain === query));
    if (exact.length > 0) return this.pick(exact);
    const prefix = this.entries.filter(
      (e) => e.name.startsWith(query) || (e.domain !== '' && e.domain.startsWith(query)),
    );
    if (prefix.length > 0) return this.pick(sortByName(prefix));
    const near = this.nearest(query);
    // A near name is offered, never taken: "contsoo" shows a Contoso button rather than Contoso's orders.
    return near.length > 0 ? { kind: 'ambiguous', candidates: near } : undefined;
  }

  private pick(entries: readonly Entry[]): DirectoryMatch {
    if (entries.length === 1) return { kind: 'found', customer: entries[0]!.customer };
    return { kind: 'ambiguous', candidates: entries.slice(0, this.maxCandidates).map((e) => e.customer) };
  }

  /** Names (whole, or their start as long as the query) and domain labels within 1–2 edits. */
  private nearest(query: string): Customer[] {
    const max = query.length < 4 ? 0 : query.length <= 6 ? 1 : 2;
    if (max === 0) return [];
    const scored: { entry: Entry; distance: number }[] = [];
    for (const entry of this.entries) {
      const distance = Math.min(
        editDistance(query, entry.name, max),
        editDistance(query, entry.name.slice(0, query.length), max),
        entry.label === '' ? max + 1 : editDistance(query, entry.label, max),
      );
      if (distance <= max) scored.push({ entry, distance });
    }
    return scored
      .sort((a, b) => a.distance - b.distance || a.entry.name.length - b.entry.name.length)
      .slice(0, this.maxCandidates)
      .map((s) => s.entry.customer);
  }
}

function sortByName(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
}
