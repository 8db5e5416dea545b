// Chat text → Command. Pure: no I/O, the clock is injected, and it never throws (any failure becomes a
// problem with a hint). The language and its ambiguity rules: the command reference in the README.
import type { Command, CommandKind, ParseResult } from '../command';
import { scanClauses } from './clauses';
import { collect } from './collect';
import { customerText, leftoverRuns, misspeltEdge } from './customer';
import { todayOf } from './dates';
import { stripFillers } from './fillers';
import { renderCommand, type QuotedField } from './format';
import { closest } from './fuzzy';
import { normalizeText } from './normalize';
import {
  HINTS,
  TOPICS,
  fail,
  misspeltFilterProblem,
  shown,
  suggest,
  typoProblem,
  type Check,
} from './problems';
import { findShape } from './shape';
import { tokenize, type Token } from './tokenize';
import { VERBS, VERB_TARGETS } from './vocabulary';

/** Longer raw input is refused before any work; longer normalised text is not a command either. */
const MAX_INPUT = 20_000;
const MAX_TEXT = 500;

const SUBSCRIPTION_TARGETS: readonly string[] = ['subscriptions', 'subscription'];
const ORDER_TARGETS: readonly string[] = ['order'];

export function parseCommand(text: string, now: Date = new Date()): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : '', now, true);
  } catch {
    return { ok: false, problem: { hint: HINTS.failed } };
  }
}

/** The command as text that parses back to it, e.g. for a "Did you mean …?" button. */
export function formatCommand(command: Command): string {
  const expected = canonical(command);
  for (const fields of QUOTE_SETS) {
    const text = renderCommand(command, (field, value) => (fields.includes(field) ? `"${value}"` : value));
    const back = parse(text, new Date(0), false);
    if (back.ok && canonical(back.command) === expected) return text;
  }
  return renderCommand(command, (_field, value) => `"${value}"`);
}

function help(topic: CommandKind | undefined): ParseResult {
  return { ok: true, command: topic === undefined ? { kind: 'help' } : { kind: 'help', topic } };
}

function topicOf(tokens: readonly Token[]): CommandKind | undefined {
  for (const token of tokens) {
    const verb = VERBS.get(token.key) ?? VERBS.get(closest(token.key, VERB_TARGETS) ?? '');
    if (verb !== undefined) return TOPICS[verb];
  }
  return undefined;
}

/**
 * `withSuggestions` is false when only checking whether a text parses: the result's ok-ness and command
 * are the same, but no suggestion is worked out (which would recurse).
 */
function parse(text: string, now: Date, withSuggestions: boolean): ParseResult {
  const check: Check = withSuggestions ? (t) => parse(t, now, false).ok : undefined;
  if (text.length > MAX_INPUT) return fail({ hint: HINTS.tooLong(MAX_TEXT) });
  const normalized = normalizeText(text);
  if (normalized.question) return help(undefined);
  if (normalized.text === '') return fail({ hint: HINTS.empty });
  if (normalized.text.length > MAX_TEXT) return fail({ hint: HINTS.tooLong(MAX_TEXT) });
  const tokens = stripFillers(tokenize(normalized.text));
  if (tokens.length === 0) return fail({ hint: HINTS.unknown });

  // "help", "help orders", "orders help", "?"
  const first = tokens[0]?.quoted ? undefined : VERBS.get(tokens[0]?.key ?? '');
  if (first === 'help') return help(topicOf(tokens.slice(1)));
  if (tokens.length === 2 && first !== undefined && VERBS.get(tokens[1]?.key ?? '') === 'help') {
    return help(TOPICS[first]);
  }

  const shape = findShape(tokens);
  // No verb: a misspelt one is offered ("ordrs" → orders); none near at all gets the generic hint.
  if (shape === undefined)
    return typoProblem(tokens, [], VERB_TARGETS, check) ?? fail({ hint: HINTS.unknown });
  const topic: CommandKind = shape.kind;
  const used = shape.used;
  const collected = collect(scanClauses({ tokens, used, today: todayOf(now) }));
  if ('error' in collected) return fail({ hint: collected.error, topic });

  // "subscritions for order X for contoso": a misspelt subscriptions verb beside an order verb.
  if (shape.kind !== 'subscriptions') {
    const typo = typoProblem(tokens, used, SUBSCRIPTION_TARGETS, check);
    if (typo) return typo;
  }
  const runs = leftoverRuns(tokens, used);
  if (runs.length > 1) {
    const names = runs.map((run) => `"${shown(customerText(tokens, run))}"`).join(' or ');
    return fail({
      topic,
      hint:
        `I can't tell which words name the customer: ${names}. Put the customer after "for", in quotes if ` +
        'its name contains command words, e.g. orders for "Contoso Monthly Ltd".',
    });
  }
  const run = runs[0] ?? [];
  const customer = customerText(tokens, run);
  const refresh = collected.refresh ? { refresh: true } : {};
  const who = shown(customer);

  if (shape.kind === 'orders') {
    if (customer === '') return fail({ topic, hint: 'Which customer? Try: orders for contoso' });
    const typo = misspeltEdge(tokens, run);
    if (typo !== undefined) return misspeltFilterProblem(tokens, typo, customer, check);
    const command: Command = { kind: 'orders', customer, filters: collected.filters, ...refresh };
    if (collected.offset !== undefined) command.offset = collected.offset;
    return { ok: true, command };
  }

  const what = shape.kind === 'order' ? 'order <order-id>' : 'subscriptions for order <order-id>';
  const orderId = shape.orderId;
  if (orderId === undefined) {
    // "subscriptions for ordr X for contoso"
    const typo = typoProblem(tokens, used, ORDER_TARGETS, check);
    if (typo) return typo;
    if (customer === '')
      return fail({ topic, hint: `Which order, and of which customer? Try: ${what} for contoso` });
    if (shape.kind === 'subscriptions')
      return fail({ topic, hint: `Which order of ${who}? Try: ${what} for ${who}` });
    const list: Command = { kind: 'orders', customer, filters: collected.filters, ...refresh };
    return fail({
      topic,
      hint: `Which order of ${who}? Give its id: ${what} for ${who}. To list them: orders for ${who}`,
      suggestion: check && suggest(formatCommand(list), check),
    });
  }
  if (customer === '') {
    const example = what.replace('<order-id>', shown(orderId));
    return fail({
      topic,
      hint: `Which customer is order ${shown(orderId)} for? Try: ${example} for contoso`,
    });
  }
  const command: Command = { kind: shape.kind, customer, orderId, ...refresh };
  if (collected.filtered) {
    return fail({
      topic,
      hint:
        'Filters (billing cycle, status, dates, products, resellers, prices, skip) apply to order lists ' +
        `only, e.g. orders for ${who} monthly.`,
      suggestion: check && suggest(formatCommand(command), check),
    });
  }
  return { ok: true, command };
}

// formatCommand quotes a customer, product or reseller only where its bare words would be misread: it tries
// the fewest quotes first and keeps the first text that parses back to the same command.
const QUOTE_SETS: readonly (readonly QuotedField[])[] = [
  [],
  ['customer'],
  ['product'],
  ['reseller'],
  ['customer', 'product'],
  ['customer', 'reseller'],
  ['product', 'reseller'],
  ['customer', 'product', 'reseller'],
];

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
