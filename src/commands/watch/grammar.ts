// "watch order <order-id> [for <customer>]", "watch pending orders for <customer>": read as a whole message,
// before the other commands' shapes (its "order"/"orders" words are not those commands). The id alone works as
// it does for "order": its customer is found in the partner-wide index.
import { watchStrings } from './strings';
import type { Grammar } from '../parse/grammar';
import { ownProblem } from '../parse/messages';
import { MIN_ID_ALONE } from '../parse/order-id';
import { fail } from '../parse/problems';
import type { WatchCommand } from './payload';
import { firstOrderId, splitAtFor } from '../shared/watch/words';

export const watchGrammar: Grammar<WatchCommand> = {
  verbs: ['watch'],
  typoTargets: ['watch'],
  precedence: 5,
  lead({ tokens, format }) {
    if (tokens[0]?.quoted || tokens[0]?.key !== 'watch') return undefined;
    const { head, customer } = splitAtFor(tokens.slice(1));
    const orderId = firstOrderId(head);
    const pending = head.some((t) => t.key === 'pending');
    if (orderId === undefined && !pending)
      return fail({ topic: 'watch', message: ownProblem(watchStrings, 'whichOrder') });
    if (customer === '' && orderId !== undefined && orderId.length >= MIN_ID_ALONE)
      return { ok: true, command: { kind: 'watch', orderId } };
    if (customer === '')
      return fail({
        topic: 'watch',
        // The command with a customer, as the person's language writes it ("关注 contoso 的待处理订单").
        message: ownProblem(watchStrings, 'whichCustomer', {
          example: format({ kind: 'watch', customer: 'contoso', ...(orderId ? { orderId } : {}) }),
        }),
      });
    return {
      ok: true,
      command: orderId ? { kind: 'watch', customer, orderId } : { kind: 'watch', customer },
    };
  },
  format: (command, quote) => {
    const customer = command.customer === undefined ? '' : ` for ${quote('customer', command.customer)}`;
    return command.orderId ? `watch order ${command.orderId}${customer}` : `watch pending orders${customer}`;
  },
};
