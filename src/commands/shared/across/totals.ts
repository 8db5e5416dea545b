// Totals per customer ("Contoso Ltd 3 · Fabrikam 2 · +4 more customers") and the names they show: tenant ids
// resolve through the loaded customer directory, with no Partner Center call; an unknown one shows its id.
import type { Localizer } from '../../../cards/locale';
import { plainText } from '../../../cards/plain-text';
import type { CommandEnv } from '../../deps';
import type { AcrossTexts } from './texts';

export interface CustomerTotal {
  /** Tenant id (lowercase, as the index keeps it). */
  id: string;
  name: string;
  n: number;
}

/** Customers named on the totals line; the rest are counted in "+N more customers". */
export const NAMED_TOTALS = 8;
const MAX_NAME = 40;

/** The display name of a tenant id: the directory's company name, else the id itself. */
export function customerNamer(env: Pick<CommandEnv, 'directory'>): (tenantId: string) => string {
  const names = new Map<string, string>();
  return (tenantId) => {
    const id = tenantId.toLowerCase();
    let name = names.get(id);
    if (name === undefined) {
      const match = env.directory?.resolve(id);
      const found =
        match?.kind === 'found' && match.customer.id.toLowerCase() === id ? match.customer : undefined;
      name = found?.companyProfile.companyName?.trim() || tenantId;
      names.set(id, name);
    }
    return name;
  };
}

/** How many of `items` each customer has, most first (then by name). */
export function customerTotals<T>(
  items: readonly T[],
  customerOf: (item: T) => string,
  nameOf: (tenantId: string) => string,
): CustomerTotal[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const id = customerOf(item).toLowerCase();
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return namedTotals(
    [...counts].map(([id, n]) => ({ id, n })),
    nameOf,
  );
}

/** Counts per customer (tenant id) with their names, most first (then by name, then by id). */
export function namedTotals(
  counts: readonly { id: string; n: number }[],
  nameOf: (tenantId: string) => string,
): CustomerTotal[] {
  return counts
    .map((c) => ({ ...c, name: nameOf(c.id) }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** "Contoso Ltd 3 · Fabrikam 2 · +4 more customers". */
export function totalsText(l: Localizer, texts: AcrossTexts, totals: readonly CustomerTotal[]): string {
  const named = totals.slice(0, NAMED_TOTALS).map((t) => `${plainText(t.name, MAX_NAME)} ${l.number(t.n)}`);
  const others = totals.length - NAMED_TOTALS;
  if (others > 0) named.push(l.count(texts.moreCustomers, others));
  return named.join(' · ');
}
