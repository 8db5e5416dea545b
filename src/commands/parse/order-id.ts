// Order ids in a message, shared by the commands about one order (order, subscriptions).
import { isPathSafeId } from '../../partnercenter/path-segment';
import type { BuildInput } from './grammar';
import type { ParseResult } from '../command';
import { fail, quoteForHint, suggest } from './problems';
import { problem } from './messages';
import { stripQuotes, type Token } from './tokenize';
import { ID_LEAD_INS, KEYWORDS } from './vocabulary';

const ID_CHARS = /^[A-Za-z0-9_-]{1,128}$/;
const ID_HINT = /[\d_]/;
/** An id typed with no customer must be at least this long: shorter ones match too much of the index. */
export const MIN_ID_ALONE = 6;
// Letters only, yet shaped like an id (where one is expected): a capital after a small letter, as in the
// base64-like order ids ("qgErcO"), or only a GUID's hex letters ("deadbeef"). "contoso", "Contoso" and
// "CONTOSO" stay names; so does any word of the command language.
const ID_LETTERS = /[a-z][A-Z]/;
const HEX_LETTERS = /^[a-f-]+$/i;
const WORDS: ReadonlySet<string> = new Set(KEYWORDS);
// Around an id: a lone code mark or bold mark ("` 9qg-ErcO `"), or an ellipsis typed apart ("9qg-ErcO …").
const WRAPPING_ONLY = /^(?:[`*]+|\u2026|\.{3})$/;
const ORDER_TARGETS: readonly string[] = ['order'];
// An id copied from a client that showed Markdown as typed: `\_`/`\-` escapes, `code` spans, **bold**. No id
// holds a backslash, a backtick or an asterisk, so taking them out cannot change a real id.
const MARKDOWN_ESCAPE = /\\(?=[_\-*`.#+!])/g;
const MARKDOWN_WRAPPING = /[`*]/g;

/**
 * Order ids look like 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 or a GUID: id characters with a digit or _, or long.
 * `expected` (right after "order", in watch and unwatch): a word of 6+ letters is an id too when it is marked
 * shortened ("abcdEF…") or shaped like one (see ID_LETTERS), unless it is a word of the command language.
 */
export function orderIdOf(token: Token | undefined, expected = false): string | undefined {
  if (token === undefined) return undefined;
  const bare = stripQuotes(token.raw)
    .trim()
    .replace(MARKDOWN_ESCAPE, '')
    .replace(MARKDOWN_WRAPPING, '')
    .replace(/^#/, '')
    .replace(/[,;:]+$/, '');
  // Cards shorten ids as "9qg-ErcO…": the order command looks a shortened id up by prefix.
  const value = bare.replace(/(\u2026|\.{3})$/, '');
  if (!ID_CHARS.test(value) || !isPathSafeId(value)) return undefined;
  // ID_CHARS already leaves out `.` and `/`; the path check states the rule an id must meet to reach a URL.
  if (ID_HINT.test(value) || value.length >= 16) return value;
  return expected && lettersLookLikeId(value, value !== bare) ? value : undefined;
}

function lettersLookLikeId(value: string, shortened: boolean): boolean {
  if (value.replace(/-/g, '').length < MIN_ID_ALONE || WORDS.has(value.toLowerCase())) return false;
  return shortened || ID_LETTERS.test(value) || HEX_LETTERS.test(value);
}

/** The id after an order verb at i ("order 9qg…", "order id 9qg…", "order #9qg…"), and the index after it. */
export function idAfter(tokens: readonly Token[], i: number): { id: string; end: number } | undefined {
  let j = i + 1;
  while (j < i + 4 && ID_LEAD_INS.has(tokens[j]?.key ?? '') && orderIdOf(tokens[j], true) === undefined) j++;
  return idAt(tokens, j, true);
}

/** The id at j, past lone code or bold marks around it ("` 9qg-ErcO `"), and the index after them. */
export function idAt(
  tokens: readonly Token[],
  j: number,
  expected: boolean,
): { id: string; end: number } | undefined {
  let at = j;
  while (WRAPPING_ONLY.test(tokens[at]?.raw ?? '')) at++;
  const id = orderIdOf(tokens[at], expected);
  if (id === undefined) return undefined;
  let end = at + 1;
  while (WRAPPING_ONLY.test(tokens[end]?.raw ?? '')) end++;
  return { id, end };
}

export function take(used: boolean[], from: number, to: number): void {
  for (let j = from; j < to; j++) used[j] = true;
}

// An id that every language's words read as one, written into a hint's example and replaced there.
const SAMPLE_ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

/**
 * The command of one order (`kind` with the customer and the order id), or why not: no id, no customer, or
 * filters that apply to order lists only. A hint's example is the command in the person's language.
 */
export function buildOrderIdCommand(input: BuildInput, kind: 'order' | 'subscriptions'): ParseResult {
  const { customer, collected, check, shape } = input;
  const topic = kind;
  const refresh = collected.refresh ? { refresh: true } : {};
  const who = quoteForHint(customer);
  const orderId = shape.orderId;
  /** "pedido <id-do-pedido> de contoso": this command for `of`, with `id` (by default the placeholder). */
  const example = (of: string, id = input.orderIdPlaceholder) =>
    input.format({ kind, customer: of, orderId: SAMPLE_ID }).replace(SAMPLE_ID, id);
  if (orderId === undefined) {
    // "subscriptions for ordr X for contoso"
    const typo = input.typo(ORDER_TARGETS);
    if (typo) return typo;
    if (customer === '')
      return fail({ topic, message: problem('whichOrderAndCustomer', { example: example('contoso') }) });
    if (kind === 'subscriptions')
      return fail({ topic, message: problem('whichOrderOf', { who, example: example(customer) }) });
    return fail({
      topic,
      message: problem('whichOrderId', {
        who,
        example: example(customer),
        list: input.format({ kind: 'orders', customer, filters: {} }),
      }),
      suggestion:
        check &&
        suggest(input.format({ kind: 'orders', customer, filters: collected.filters, ...refresh }), check),
    });
  }
  // An id alone: the handler finds its customer in the partner-wide index. A short one would match too much.
  if (customer === '' && orderId.length < MIN_ID_ALONE) {
    return fail({
      topic,
      message: problem('whichCustomerForOrder', {
        order: quoteForHint(orderId),
        example: example('contoso', quoteForHint(orderId)),
      }),
    });
  }
  const command = customer === '' ? { kind, orderId, ...refresh } : { kind, customer, orderId, ...refresh };
  if (collected.filtered) {
    return fail({
      topic,
      message: problem('filtersListsOnly', { who: who || 'contoso' }),
      suggestion: check && suggest(input.format(command), check),
    });
  }
  return { ok: true, command };
}
