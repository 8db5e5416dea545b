// "who has E5", "which customers have Microsoft 365 E3", "customers with azure plan", "subscriptions of E5":
// read as a whole message. The offer is the rest of it, as typed. "subscriptions of <order id>" and
// "subscriptions for order … for <customer>" stay the subscriptions command's.
import type { Grammar } from '../parse/grammar';
import { ownProblem } from '../parse/messages';
import { orderIdOf } from '../parse/order-id';
import { fail } from '../parse/problems';
import { joinRaw, stripQuotes, type Token } from '../parse/tokenize';
import { OFFSET_WORDS } from '../parse/vocabulary';
import type { WhoCommand } from './payload';
import { whoStrings } from './strings';

const QUESTION_WORDS = new Set(['which', 'what']);
const HOLDER_WORDS = new Set(['customers', 'customer', 'clients', 'tenants']);
/** Between "who" (or "customers") and the offer: "who has", "who is on", "customers using". */
const LINK_WORDS = new Set([
  'has',
  'have',
  'owns',
  'own',
  'uses',
  'use',
  'using',
  'bought',
  'buys',
  'holds',
  'hold',
  'got',
  'with',
  'having',
  'is',
  'are',
  'on',
]);
const SUBSCRIPTION_WORDS = new Set(['subscriptions', 'subscription', 'subs', 'sub']);
const OF_WORDS = new Set(['of', 'with', 'to']);
const LEADING_NOISE = new Set(['the', 'a', 'an', 'any', 'some']);
const TRAILING_NOISE = new Set([
  'subscriptions',
  'subscription',
  'subs',
  'licenses',
  'licences',
  'license',
  'licence',
  'seats',
]);
/** Words that make "subscriptions of …" the one-order command: an order, or a customer after "for". */
const ORDER_WORDS = new Set(['order', 'orders', 'for']);
/** A single word this long that reads as an order id ("subscriptions of 9qg-ErcO…") is an order, not an offer. */
const ORDER_ID_MIN = 8;
const MAX_OFFER = 100;
const COUNT = /^\d{1,6}$/;

const key = (token: Token | undefined): string | undefined =>
  token === undefined || token.quoted ? undefined : token.key;

/** Where the offer starts, and whether the message began "subscriptions of" (then it must not be an order). */
function offerStart(tokens: readonly Token[]): { at: number; strict: boolean } | undefined {
  let at = QUESTION_WORDS.has(key(tokens[0]) ?? '') ? 1 : 0;
  const first = key(tokens[at]);
  if (first === 'who' || (first !== undefined && HOLDER_WORDS.has(first))) {
    const lead = at;
    at++;
    while (LINK_WORDS.has(key(tokens[at]) ?? '')) at++;
    // "customers" alone, or "customer contoso": not this command.
    if (first !== 'who' && at === lead + 1) return undefined;
    return { at, strict: false };
  }
  if (at === 0 && SUBSCRIPTION_WORDS.has(first ?? '') && OF_WORDS.has(key(tokens[1]) ?? ''))
    return { at: 2, strict: true };
  return undefined;
}

export const whoGrammar: Grammar<WhoCommand> = {
  verbs: ['who'],
  typoTargets: ['who'],
  precedence: 8,
  lead({ tokens }) {
    const start = offerStart(tokens);
    if (start === undefined) return undefined;
    let end = tokens.length;
    let offset: number | undefined;
    if (
      end - start.at >= 3 &&
      OFFSET_WORDS.has(key(tokens[end - 2]) ?? '') &&
      COUNT.test(key(tokens[end - 1]) ?? '')
    ) {
      offset = Number(key(tokens[end - 1]));
      end -= 2;
    }
    let at = start.at;
    while (at < end && LEADING_NOISE.has(key(tokens[at]) ?? '')) at++;
    while (end > at + 1 && TRAILING_NOISE.has(key(tokens[end - 1]) ?? '')) end--;
    const words = tokens.slice(at, end);
    if (start.strict) {
      if (words.length === 0 || words.some((t) => ORDER_WORDS.has(key(t) ?? ''))) return undefined;
      const id = words.length === 1 ? orderIdOf(words[0]) : undefined;
      if (id !== undefined && (id.length >= ORDER_ID_MIN || /(…|\.\.\.)$/.test(words[0]!.raw)))
        return undefined;
    }
    const offer = stripQuotes(joinRaw(words)).trim();
    if (offer === '') return fail({ topic: 'who', message: ownProblem(whoStrings, 'whichOffer') });
    if (offer.length > MAX_OFFER)
      return fail({
        topic: 'who',
        message: ownProblem(whoStrings, 'offerTooLong', { max: String(MAX_OFFER) }),
      });
    const command: WhoCommand = { kind: 'who', offer };
    if (offset) command.offset = offset;
    return { ok: true, command };
  },
  format: (command, quote) =>
    `who has ${quote('product', command.offer)}${command.offset ? ` skip ${command.offset}` : ''}`,
};
