import { errorCard } from '../../cards/error';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import { isPartnerCenterError } from '../../partnercenter/errors';
import { idKey } from '../../partnercenter/ids';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';

// People paste ids as cards show them: "9qg-ErcO…" or "9qg-ErcO". Partner Center order ids are 32+ characters
// (GUIDs 36), so a shorter one that getOrder does not know is looked up by prefix in the customer's orders.

const FULL_ID_LENGTH = 30;
const MIN_PREFIX = 6;
const MAX_SHOWN = 5;

/** "9qg-ErcO…" / "9qg-ErcO..." / "9qg-ErcO" → "9qg-ErcO" when it may be the start of an id, else undefined. */
function orderIdPrefix(typed: string): string | undefined {
  const trimmed = typed.trim();
  const prefix = trimmed.replace(/(\u2026|\.{3})$/, '');
  const truncated = prefix !== trimmed || prefix.length < FULL_ID_LENGTH;
  return truncated && prefix.length >= MIN_PREFIX ? prefix : undefined;
}

/**
 * The full id of the order the user meant: the typed id itself when Partner Center knows it, else the one
 * order of the customer whose id starts with it (case-insensitively). Several: a card saying so, listing them.
 * None: Partner Center's own "order not found" is rethrown.
 */
export async function orderIdOrReply(
  typed: string,
  customerId: string,
  env: CommandEnv,
  command: CommandOutcome['command'],
): Promise<{ orderId: string } | { reply: CommandOutcome }> {
  const prefix = orderIdPrefix(typed);
  if (!prefix) return { orderId: typed };
  try {
    return { orderId: (await env.api.getOrder(customerId, prefix, env.ctx)).id };
  } catch (err) {
    if (!isPartnerCenterError(err) || err.reason !== 'notFound') throw err;
    const orders = await env.api.listOrders(customerId, { includeSystemPurchases: true }, env.ctx);
    const matches = orders.filter((o) => idKey(o.id).startsWith(idKey(prefix)));
    if (matches.length === 0) throw err;
    if (matches.length === 1) return { orderId: matches[0]!.id };
    const l = localizer(env.ctx.locale);
    return {
      reply: {
        command,
        result: 'ambiguous',
        customerId,
        resultCount: matches.length,
        card: errorCard(
          {
            kind: 'orderNotFound',
            query: typed,
            detail: fmt(l.s.orderIdAmbiguous, { n: l.number(matches.length), prefix }),
            closestNames: matches.slice(0, MAX_SHOWN).map((o) => o.id),
            correlationId: env.ctx.correlationId,
          },
          { locale: env.ctx.locale },
        ),
      },
    };
  }
}
