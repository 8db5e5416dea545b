import { CustomerIndex } from '../directory/match';
import { domainStem, looksLikeDomain } from '../directory/domains';
import type { PartnerCenterApi } from '../partnercenter/api';
import type { CustomerLookup } from './deps';
import { isPartnerCenterError } from '../partnercenter/errors';
import { isGuid } from '../partnercenter/guid-format';
import type { Customer } from '../partnercenter/models';
import type { RequestContext } from '../partnercenter/request-context';

export type CustomerResolution =
  | { kind: 'found'; customer: Customer }
  /** Best first; `total`: how many matched when more than the candidates; `near`: close spellings only. */
  | { kind: 'ambiguous'; candidates: Customer[]; total?: number; near?: boolean }
  | { kind: 'none'; closest: string[] };

/** One word of domain characters: "fourthcoffee" may be the stem of fourthcoffee.onmicrosoft.com. */
const STEM = /^[a-z0-9-]+$/i;
export const MAX_CANDIDATES = 10;
const MAX_CLOSEST = 3;

// A cached search answer is the same array turn after turn, asked with the same words: it is ranked once
// (building its index on every warm "orders for contoso" was near a tenth of the turn).
const ranked = new WeakMap<readonly Customer[], { query: string; resolution: CustomerResolution }>();
function rankedMatches(matches: Customer[], query: string): CustomerResolution {
  const known = ranked.get(matches);
  if (known?.query === query) return known.resolution;
  const best = new CustomerIndex(matches, MAX_CANDIDATES).match(query);
  const resolution: CustomerResolution =
    best?.kind === 'found'
      ? best
      : { kind: 'ambiguous', candidates: best?.candidates ?? matches.slice(0, MAX_CANDIDATES) };
  ranked.set(matches, { query, resolution });
  return resolution;
}

/**
 * Turns what the user typed into one customer: a tenant id goes straight through, a domain uses the
 * Domain filter, a name uses CompanyName starts_with where an exact (case-insensitive) unique name wins.
 * Words and pieces inside names ("importers") need the customer directory: Partner Center's search only
 * finds the start of a name or a domain.
 */
export async function resolveCustomer(
  api: PartnerCenterApi,
  typed: string,
  ctx: RequestContext,
  directory?: CustomerLookup,
): Promise<CustomerResolution> {
  // The loaded customer directory answers with no round trip; until it is loaded (or when nothing in it is
  // close, e.g. a customer added since its last load) Partner Center is searched as below.
  const local = directory?.resolve(typed);
  if (local) return local;
  return searchCustomer(api, typed, lookupOnly(ctx));
}

/**
 * The context of a lookup that finds who or what to ask about (a customer, a reseller): the card's "as of" is
 * when its data was fetched, so these answers (cached for an hour) do not note their own age on the turn.
 */
export function lookupOnly<C extends RequestContext>(ctx: C): C {
  return { ...ctx, freshness: undefined };
}

async function searchCustomer(
  api: PartnerCenterApi,
  typed: string,
  ctx: RequestContext,
): Promise<CustomerResolution> {
  const query = typed.trim();
  if (isGuid(query)) {
    try {
      return { kind: 'found', customer: await api.getCustomer(query, ctx) };
    } catch (err) {
      if (isPartnerCenterError(err) && err.reason === 'notFound') return { kind: 'none', closest: [] };
      throw err;
    }
  }
  const field = looksLikeDomain(query) ? 'Domain' : 'CompanyName';
  let matches = await api.searchCustomers(field, query, ctx, MAX_CANDIDATES + 1);
  if (matches.length === 0) matches = await byDomainStem(api, query, ctx);
  if (matches.length === 1) return { kind: 'found', customer: matches[0]! };
  if (matches.length === 0) return { kind: 'none', closest: await closestNames(api, query, ctx) };
  // Ranked as the directory ranks (exact name, exact domain, whole words, then by name). How many matched in
  // all is not known past one page, so no total.
  return rankedMatches(matches, query);
}

/**
 * "contoso.com" or "fourthcoffee" for contoso.onmicrosoft.com and fourthcoffee.onmicrosoft.com: the customers
 * whose domain has that stem (one Domain search for "<stem>.", asked only when nothing else matched).
 */
async function byDomainStem(api: PartnerCenterApi, query: string, ctx: RequestContext): Promise<Customer[]> {
  const domain = looksLikeDomain(query);
  if (!domain && !STEM.test(query)) return [];
  const stem = domain ? domainStem(query) : query.toLowerCase();
  if (stem === '') return [];
  const found = await api.searchCustomers('Domain', `${stem}.`, ctx, MAX_CANDIDATES + 1);
  return found.filter((c) => domainStem(c.companyProfile.domain ?? '') === stem);
}

/** Names that start like the query, best shared prefix first; for "no customer matches …, closest: …". */
async function closestNames(api: PartnerCenterApi, query: string, ctx: RequestContext): Promise<string[]> {
  const lower = query.toLowerCase();
  for (const length of [3, 1]) {
    const prefix = query.slice(0, length);
    if (prefix.length < length && length > 1) continue;
    const found = await api.searchCustomers('CompanyName', prefix, ctx, 50);
    if (found.length > 0) {
      return found
        .map((c) => c.companyProfile.companyName)
        .sort(
          (a, b) =>
            sharedPrefix(b.toLowerCase(), lower) - sharedPrefix(a.toLowerCase(), lower) || a.localeCompare(b),
        )
        .slice(0, MAX_CLOSEST);
    }
  }
  return [];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
