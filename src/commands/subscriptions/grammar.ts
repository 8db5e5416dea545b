// "subscriptions for order <order-id> for <customer>": a subscriptions verb anywhere makes it this command.
import type { Grammar } from '../parse/grammar';
import { buildOrderIdCommand, idAfter, idAt, take } from '../parse/order-id';
import type { SubscriptionsCommand } from './payload';

/** Words that lead to the order id: "… order <id> …". */
const ORDER_WORDS = new Set(['order', 'orders']);
const BEFORE_SUBSCRIPTION_ID = new Set(['for', 'of', 'the', 'on', 'order', 'orders', 'id', '#']);
/** Of those, the words that name the order itself. */
const ORDER_ID_WORDS = new Set(['order', 'orders', 'id', '#']);

export const subscriptionsGrammar: Grammar<SubscriptionsCommand> = {
  verbs: ['subscriptions', 'subscription', 'subs', 'sub'],
  typoTargets: ['subscriptions', 'subscription', 'subs'],
  // "subscritions for order X for contoso": noticed beside the order verb.
  noticedTypos: ['subscriptions', 'subscription'],
  precedence: 0,
  shape(tokens, verbOf) {
    const used = tokens.map((t) => verbOf(t) === 'subscriptions');
    const sub = used.indexOf(true);
    if (sub < 0) return undefined;
    // "… order <id> …" anywhere, else the first id right after the verb ("subscriptions <id> contoso").
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token === undefined || token.quoted || !ORDER_WORDS.has(token.key)) continue;
      const found = idAfter(tokens, i);
      if (found) {
        take(used, i, found.end);
        return { used, orderId: found.id };
      }
    }
    let j = sub + 1;
    while (j < tokens.length && BEFORE_SUBSCRIPTION_ID.has(tokens[j]?.key ?? '')) j++;
    const found = idAt(tokens, j, false);
    if (found !== undefined) {
      take(used, sub + 1, found.end);
      return { used, orderId: found.id };
    }
    // No id: "order" was only on the way to one, not the customer's name: "subscriptions for order for contoso",
    // and before the verb as Chinese puts it ("contoso 的订单的订阅", read "orders for subscriptions for contoso").
    for (let k = sub + 1; k < j; k++) if (ORDER_ID_WORDS.has(tokens[k]!.key)) used[k] = true;
    for (let k = sub - 1; k >= 0 && BEFORE_SUBSCRIPTION_ID.has(tokens[k]!.key); k--)
      if (ORDER_ID_WORDS.has(tokens[k]!.key)) used[k] = true;
    return { used, orderId: undefined };
  },
  build: (input) => buildOrderIdCommand(input, 'subscriptions'),
  format: (command, quote) =>
    `subscriptions for order ${command.orderId}` +
    (command.customer === undefined ? '' : ` for ${quote('customer', command.customer)}`) +
    (command.refresh ? ' refresh' : ''),
};
