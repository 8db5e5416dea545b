// "cancel order X", "change the quantity of subscription Y for contoso", "upgrade contoso to E5", "price of
// order X": read from the start of the message, before any other command (an order id in it must not make it
// "order X for <customer 'cancel'>"). Only the start is read: "orders for Change Healthcare" stays an orders
// command. What it names (an order, a subscription, a customer) is picked up so the answer can offer it.
import { customerText } from '../parse/customer';
import type { Grammar } from '../parse/grammar';
import { idAfter, orderIdOf } from '../parse/order-id';
import type { Token } from '../parse/tokenize';
import type { ChangeRequestCommand } from './payload';
import {
  ALWAYS_CHANGES,
  CHANGES_BEFORE_OBJECT,
  CUSTOMER_ENDS,
  LEAD_INS,
  OBJECTS,
  ORDER_NOUNS,
  OWN_THINGS,
  PRICE_WORDS,
  SUBSCRIPTION_NOUNS,
  type ChangeVerb,
} from './words';

/** Lead-ins allowed before the change word ("could you please help me cancel"). */
const MAX_LEAD_INS = 5;
/** A customer named after "for" is at most this many words; longer is not a name. */
const MAX_CUSTOMER_WORDS = 8;
const MAX_CUSTOMER_LENGTH = 100;
/** The length of an id as cards used to shorten it ("9qg-ErcO"). */
const MIN_BARE_ID = 8;

const always = new Set<string>(ALWAYS_CHANGES);
const beforeObject = new Set<string>(CHANGES_BEFORE_OBJECT);

const bare = (t: Token | undefined): string | undefined => (t === undefined || t.quoted ? undefined : t.key);

export const changeRequestGrammar: Grammar<ChangeRequestCommand> = {
  // Its words are its own (words.ts), never offered as corrections: none is taken from names elsewhere.
  verbs: [],
  typoTargets: [],
  // Before help: "help me cancel order X" is a change request.
  precedence: -1,
  lead({ tokens }) {
    if (tokens.some((t) => OWN_THINGS.has(bare(t) ?? ''))) return undefined;
    const start = askAt(tokens);
    if (start === undefined) return undefined;
    const command: ChangeRequestCommand = { kind: 'change-request', asks: start.asks };
    if (start.verb) command.verb = start.verb;
    Object.assign(command, namedIn(tokens, start.next));
    return { ok: true, command };
  },
  format(command, quote) {
    const what = command.asks === 'price' ? 'price of' : command.verb!;
    const words = [what];
    if (command.orderId) words.push(`order ${command.orderId}`);
    else if (command.subscriptionId) words.push(`subscription ${command.subscriptionId}`);
    if (command.customer) words.push(`for ${quote('customer', command.customer)}`);
    // "change" alone is not read as a change request ("Change Healthcare"): "change it" is.
    else if (words.length === 1 && command.asks === 'change' && !always.has(what)) words.push('it');
    return words.join(' ');
  },
};

/** Where the request starts: its kind, its change word, and the index after it. */
function askAt(
  tokens: readonly Token[],
): { asks: 'change' | 'price'; verb?: ChangeVerb; next: number } | undefined {
  const first = bare(tokens[0]);
  if (first === 'how' && bare(tokens[1]) === 'much') return { asks: 'price', next: 2 };
  // "what's the price of …": the filler went, "the" is left.
  const price = first === 'the' || first === 'a' ? 1 : 0;
  if (PRICE_WORDS.has(bare(tokens[price]) ?? '')) return { asks: 'price', next: price + 1 };
  for (let i = 0; i <= MAX_LEAD_INS && i < tokens.length; i++) {
    if (isAsk(tokens, i)) return { asks: 'change', verb: bare(tokens[i]) as ChangeVerb, next: i + 1 };
    if (!LEAD_INS.has(bare(tokens[i]) ?? '')) return undefined;
  }
  return undefined;
}

function isAsk(tokens: readonly Token[], i: number): boolean {
  const key = bare(tokens[i]) ?? '';
  if (always.has(key)) return true;
  if (!beforeObject.has(key)) return false;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    (OBJECTS.has(bare(next) ?? '') || /^\d+$/.test(next.key) || bareId(next) !== undefined)
  );
}

/**
 * An id standing alone ("cancel 9qg-ErcO-…"): as the parser reads order ids, and at least as long as a
 * shortened one, so that "E5" or "M365" in "upgrade contoso to E5" is not taken for one.
 */
function bareId(token: Token | undefined): string | undefined {
  if (token === undefined || token.quoted) return undefined;
  const id = orderIdOf(token);
  return id !== undefined && id.length >= MIN_BARE_ID && !/^\d+$/.test(id) ? id : undefined;
}

/** The order, subscription and customer the request names, if any. */
function namedIn(
  tokens: readonly Token[],
  from: number,
): Pick<ChangeRequestCommand, 'orderId' | 'subscriptionId' | 'customer'> {
  const named: Pick<ChangeRequestCommand, 'orderId' | 'subscriptionId' | 'customer'> = {};
  let alone: string | undefined;
  for (let i = from; i < tokens.length; i++) {
    const key = bare(tokens[i]) ?? '';
    const id = ORDER_NOUNS.has(key) || SUBSCRIPTION_NOUNS.has(key) ? idAfter(tokens, i)?.id : undefined;
    if (id !== undefined && ORDER_NOUNS.has(key)) named.orderId ??= id;
    else if (id !== undefined) named.subscriptionId ??= id;
    else alone ??= bareId(tokens[i]);
  }
  // "cancel 9qg-ErcO-…": an id with no word before it is an order's, or a subscription's when one is named.
  if (alone !== undefined && named.orderId === undefined && named.subscriptionId === undefined) {
    const subscription = tokens.some((t) => SUBSCRIPTION_NOUNS.has(bare(t) ?? ''));
    named[subscription ? 'subscriptionId' : 'orderId'] = alone;
  }
  const customer = customerAfterFor(tokens, from) ?? customerAfterVerb(tokens, from);
  if (customer) named.customer = customer;
  return named;
}

/** The words after the last "for", up to a word that ends a name ("for contoso by friday"). */
function customerAfterFor(tokens: readonly Token[], from: number): string | undefined {
  let last = -1;
  for (let i = from; i < tokens.length; i++) if (bare(tokens[i]) === 'for') last = i;
  return last < 0 ? undefined : nameFrom(tokens, last + 1);
}

/** "upgrade contoso to E5", "suspend Northwind Traders": a name right after the change word. */
function customerAfterVerb(tokens: readonly Token[], from: number): string | undefined {
  const key = bare(tokens[from]);
  if (key !== undefined && (OBJECTS.has(key) || PRICE_WORDS.has(key) || ['of', 'is'].includes(key)))
    return undefined;
  return nameFrom(tokens, from);
}

function nameFrom(tokens: readonly Token[], from: number): string | undefined {
  const run: number[] = [];
  for (let i = from; i < tokens.length && run.length <= MAX_CUSTOMER_WORDS; i++) {
    const token = tokens[i]!;
    const key = bare(token);
    if (key !== undefined && CUSTOMER_ENDS.has(key)) break;
    if (bareId(token) !== undefined && /[\d_]/.test(token.key) && token.key.length >= 16) break;
    if (key !== undefined && (ORDER_NOUNS.has(key) || SUBSCRIPTION_NOUNS.has(key))) break;
    run.push(i);
  }
  if (run.length === 0 || run.length > MAX_CUSTOMER_WORDS) return undefined;
  if (run.every((i) => OBJECTS.has(bare(tokens[i]) ?? ''))) return undefined;
  const text = customerText(tokens, run);
  return text !== '' && text.length <= MAX_CUSTOMER_LENGTH ? text : undefined;
}
