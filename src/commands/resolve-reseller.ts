import { isGuid } from '../partnercenter/guid-format';
import type { PartnerRelationship } from '../partnercenter/models';
import type { CommandEnv } from './deps';
import { lookupOnly } from './resolve-customer';

export type ResellerResolution =
  { kind: 'found'; id: string; name?: string } | { kind: 'none'; known: string[] };

/** An indirect reseller by id, or by name through the partner's indirect-reseller relationships. */
export async function resolveReseller(typed: string, env: CommandEnv): Promise<ResellerResolution> {
  const query = typed.trim().toLowerCase();
  const resellers = await env.api.listIndirectResellers(lookupOnly(env.ctx));
  const byId = resellers.find((r) => r.id.toLowerCase() === query);
  if (byId) return { kind: 'found', id: byId.id, name: byId.name };
  // An id the relationships list does not show is still passed through: Partner Center decides.
  if (isGuid(query)) return { kind: 'found', id: typed.trim() };

  const name = (r: PartnerRelationship) => r.name.toLowerCase();
  const match =
    resellers.find((r) => name(r) === query) ??
    resellers.find((r) => name(r).startsWith(query)) ??
    resellers.find((r) => name(r).includes(query));
  return match
    ? { kind: 'found', id: match.id, name: match.name }
    : { kind: 'none', known: resellers.map((r) => r.name) };
}
