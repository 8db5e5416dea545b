// The loaded customers made searchable once, when the directory loads: every lookup a query needs is a map
// or a binary search here, so a query costs what it finds, not what the partner has.
import type { Customer } from '../partnercenter/models';
import { foldName } from '../text/fold';
import { NearWords } from '../text/near-words';
import { domainStem } from './domains';

export interface Entry {
  customer: Customer;
  /** Position in name order: ties between equally good matches go by name. */
  ordinal: number;
  /** The name's folded words joined by single spaces ("cafe obrien s a"). */
  name: string;
  words: readonly string[];
  /** Lowercase; '' when the profile has none. */
  domain: string;
  /** contoso of contoso.onmicrosoft.com (see domains.ts); '' without a domain. */
  stem: string;
}

/** Substrings are looked up by the three-letter pieces of the name (its trigrams). */
export const GRAM = 3;

export class CustomerEntries {
  /** In name order (folded name, then the name as written, then the id). */
  readonly entries: readonly Entry[];
  readonly byId = new Map<string, Entry>();
  readonly byName = new Map<string, Entry[]>();
  readonly byDomain = new Map<string, Entry[]>();
  readonly byStem = new Map<string, Entry[]>();
  /** Word → the customers whose name has it, in name order. */
  readonly byWord = new Map<string, Entry[]>();
  readonly byGram = new Map<string, Entry[]>();
  /** The customers with a domain, in domain order (domain prefixes). */
  readonly byDomainOrder: readonly Entry[];
  /** Name words and domain stems, for close spellings. */
  readonly vocabulary: NearWords;

  constructor(customers: readonly Customer[]) {
    const prepared = customers.map((customer) => {
      // Some real profiles have no domain (or a null one): those match by name and id only.
      const domain = (customer.companyProfile.domain ?? '').trim().toLowerCase();
      const { text: name, words } = foldName(customer.companyProfile.companyName);
      return { customer, name, words, domain };
    });
    prepared.sort(
      (a, b) =>
        compare(a.name, b.name) ||
        compare(a.customer.companyProfile.companyName, b.customer.companyProfile.companyName) ||
        compare(a.customer.id, b.customer.id),
    );
    this.entries = prepared.map((p, ordinal) => ({ ...p, ordinal, stem: p.domain && domainStem(p.domain) }));
    const vocabulary: string[] = [];
    for (const entry of this.entries) {
      this.byId.set(entry.customer.id.toLowerCase(), entry);
      const tenantId = entry.customer.companyProfile.tenantId?.toLowerCase();
      if (tenantId && !this.byId.has(tenantId)) this.byId.set(tenantId, entry);
      file(this.byName, entry.name, entry);
      if (entry.domain) file(this.byDomain, entry.domain, entry);
      if (entry.stem) file(this.byStem, entry.stem, entry);
      for (const word of entry.words) file(this.byWord, word, entry);
      // Numbers ("Bluewater Coffee 17", bluewatercoffee17.com) are matched exactly, never as typos.
      for (const word of entry.stem ? [...entry.words, entry.stem] : entry.words)
        if (!/\d/.test(word)) vocabulary.push(word);
      for (const gram of grams(entry.name)) file(this.byGram, gram, entry);
    }
    this.byDomainOrder = this.entries.filter((e) => e.domain).sort((a, b) => compare(a.domain, b.domain));
    this.vocabulary = new NearWords(vocabulary);
  }
}

/** Plain code-unit order: the one binary searches over `entries` and `byDomainOrder` rely on. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct trigrams of `text`. */
export function grams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= text.length; i++) out.add(text.slice(i, i + GRAM));
  return out;
}

/** The first index in `sorted` whose key is at or after `key`. */
export function lowerBound<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(sorted[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function file(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const filed = map.get(key);
  if (!filed) map.set(key, [entry]);
  else if (filed[filed.length - 1] !== entry) filed.push(entry);
}
