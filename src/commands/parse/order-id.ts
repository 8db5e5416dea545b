// Order ids in a message, shared by the commands about one order (order, subscriptions).
import { isPathSafeId } from '../../partnercenter/path-segment';
import type { BuildInput } from './grammar';
import type { ParseResult } from '../command';
import { fail, quoteForHint, suggest } from './problems';
import { problem } from './messages';
import { stripQuotes, type Token } from './tokenize';
import { ID_LEAD_INS } from './vocabulary';

const ID_CHARS = /^[A-Za-z0-9_-]{1,128}$/;
const ID_HINT = /[\d_]/;
const ORDER_TARGETS: readonly string[] = ['order'];
// An id copied from a client that showed Markdown as typed: `\_`/`\-` escapes, `code` spans, **bold**. No id
// holds a backslash, a backtick or an asterisk, so taking them out cannot change a real id.
const MARKDOWN_ESCAPE = /\\(?=[_\-*`.#+!])/g;
const MARKDOWN_WRAPPING = /[`*]/g;

/** Order ids look like 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 or a GUID: id characters with a digit or _, or long. */
export function orderIdOf(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  const value = stripQuotes(token.raw)
    .replace(MARKDOWN_ESCAPE, '')
    .replace(MARKDOWN_WRAPPING, '')
    .replace(/^#/, '')
    .replace(/[,;:]+$/, '')
    // Cards shorten ids as "9qg-ErcO…": the order command looks a shortened id up by prefix.
    .replace(/(\u2026|\.{3})$/, '');
  // ID_CHARS already leaves out `.` and `/`; the path check states the rule an id must meet to reach a URL.
  const looksLikeId = ID_CHARS.test(value) && (ID_HINT.test(value) || value.length >= 16);
  return looksLikeId && isPathSafeId(value) ? value : undefined;
}

/** The id after an order verb at i ("order 9qg…", "order id 9qg…", "order #9qg…"), and the index after it. */
export function idAfter(tokens: readonly Token[], i: number): { id: string; end: number } | undefined {
  let j = i + 1;
  while (j < i + 4 && ID_LEAD_INS.has(tokens[j]?.key ?? '') && orderIdOf(tokens[j]) === undefined) j++;
  const id = orderIdOf(tokens[j]);
  return id === undefined ? undefined : { id, end: j + 1 };
}

export function take(used: boolean[], from: number, to: number): void {
  for (let j = from; j < to; j++) used[j] = true;
}

/**
 * The command of one order (`kind` with the customer and the order id), or why not: no id, no customer, or
 * filters that apply to order lists only. `what` is how the command is written, e.g. "order <order-id>".
 */
export function buildOrderIdCommand(
  input: BuildInput,
  kind: 'order' | 'subscriptions',
  what: string,
): ParseResult {
  const { customer, collected, check, shape } = input;
  const topic = kind;
  const refresh = collected.refresh ? { refresh: true } : {};
  const who = quoteForHint(customer);
  const orderId = shape.orderId;
  if (orderId === undefined) {
    // "subscriptions for ordr X for contoso"
    const typo = input.typo(ORDER_TARGETS);
    if (typo) return typo;
    if (customer === '') return fail({ topic, message: problem('whichOrderAndCustomer', { what }) });
    if (kind === 'subscriptions') return fail({ topic, message: problem('whichOrderOf', { who, what }) });
    return fail({
      topic,
      message: problem('whichOrderId', { who, what }),
      suggestion:
        check &&
        suggest(input.format({ kind: 'orders', customer, filters: collected.filters, ...refresh }), check),
    });
  }
  if (customer === '') {
    const example = what.replace('<order-id>', quoteForHint(orderId));
    return fail({
      topic,
      message: problem('whichCustomerForOrder', { order: quoteForHint(orderId), example }),
    });
  }
  const command = { kind, customer, orderId, ...refresh };
  if (collected.filtered) {
    return fail({
      topic,
      message: problem('filtersListsOnly', { who }),
      suggestion: check && suggest(input.format(command), check),
    });
  }
  return { ok: true, command };
}
