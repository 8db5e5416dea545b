// Reading the watch commands' few words: the customer after "for", an order id anywhere.
import { orderIdOf } from '../../parse/order-id';
import { joinRaw, stripQuotes, type Token } from '../../parse/tokenize';

/** The words after the first "for" (quotes removed), and the words before it. */
export function splitAtFor(tokens: readonly Token[]): { head: readonly Token[]; customer: string } {
  const at = tokens.findIndex((t) => !t.quoted && t.key === 'for');
  if (at < 0) return { head: tokens, customer: '' };
  return { head: tokens.slice(0, at), customer: stripQuotes(joinRaw(tokens.slice(at + 1))).trim() };
}

/** The first token that looks like an order id (where one is expected: see orderIdOf). */
export function firstOrderId(tokens: readonly Token[]): string | undefined {
  for (const token of tokens) {
    const id = orderIdOf(token, true);
    if (id !== undefined) return id;
  }
  return undefined;
}
