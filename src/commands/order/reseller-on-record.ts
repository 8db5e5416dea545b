import type { Order } from '../../partnercenter/models';
import type { CommandEnv } from '../deps';

/**
 * The indirect reseller an order was placed through: its line items' partnerIdOnRecord (an MPN id), named
 * from the partner's indirect-reseller relationships. The name is a courtesy: if that list fails the MPN id
 * alone is shown rather than failing the whole card.
 */
export async function resellerOnRecord(
  order: Order,
  env: CommandEnv,
): Promise<{ mpnId: string; name?: string } | undefined> {
  const mpnId = (order.lineItems ?? [])
    .find((item) => item.partnerIdOnRecord?.trim())
    ?.partnerIdOnRecord?.trim();
  if (!mpnId) return undefined;
  const resellers = await env.api.listIndirectResellers(env.ctx).catch(() => []);
  const known = resellers.find((r) => r.mpnId?.trim() === mpnId);
  return known ? { mpnId, name: known.name } : { mpnId };
}
