// "order <order-id> for <customer>" (also "details of order <id>"), or the id alone, whose customer the index
// knows. Without an id it is a weak match: "orders" in the same message wins.
import type { Grammar } from '../parse/grammar';
import { buildOrderIdCommand, idAfter, take } from '../parse/order-id';
import type { OrderCommand } from './payload';

export const orderGrammar: Grammar<OrderCommand> = {
  verbs: ['order', 'details', 'detail'],
  typoTargets: ['order', 'details'],
  precedence: 1,
  shape(tokens, verbOf) {
    const isOrder = tokens.map((t) => verbOf(t) === 'order');
    if (!isOrder.includes(true)) return undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (!isOrder[i]) continue;
      const found = idAfter(tokens, i);
      if (found) {
        const used = [...isOrder];
        take(used, i, found.end);
        return { used, orderId: found.id };
      }
    }
    return { used: isOrder, weak: true };
  },
  build: (input) => buildOrderIdCommand(input, 'order'),
  format: (command, quote) =>
    `order ${command.orderId}${command.customer === undefined ? '' : ` for ${quote('customer', command.customer)}`}` +
    (command.refresh ? ' refresh' : ''),
};
