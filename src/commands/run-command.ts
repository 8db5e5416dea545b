import { errorCard, type ErrorInput } from '../cards/error';
import { isPartnerCenterError, type PartnerCenterError } from '../partnercenter/errors';
import type { Command } from './command';
import type { CommandSet } from './command-set';
import type { CommandEnv } from './deps';
import { helpOutcome } from './help/handler';
import type { CommandOutcome } from './outcome';
import { parseCommandMemo } from './parse-memo';

/** A typed message: parse it, run it, or answer with help. Never throws. */
export function handleText(text: string, env: CommandEnv, now?: Date): Promise<CommandOutcome> {
  const today = now ?? (env.now ? new Date(env.now()) : undefined);
  const parsed = parseCommandMemo(env.commands, text, today, env.ctx.locale);
  return parsed.ok
    ? runCommand(parsed.command, env)
    : Promise.resolve(helpOutcome(env.commands.definitions, env, parsed.problem));
}

/** A card button click (activity.value). Tampered or stale data gets a clear message. Never throws. */
export function handleSubmit(value: unknown, env: CommandEnv, now?: Date): Promise<CommandOutcome> {
  const reading = env.commands.readSubmit(value);
  if (reading.kind === 'command') return runCommand(reading.command, env);
  if (reading.kind === 'text') return handleText(reading.text, env, now);
  return Promise.resolve({
    command: 'unknown',
    result: 'invalid',
    card: errorCard(
      { kind: 'invalidAction', correlationId: env.ctx.correlationId },
      { locale: env.ctx.locale },
    ),
  });
}

/** The command a typed text or a click would run, without running it (e.g. to say what is being looked up). */
export function commandOf(
  input: { text: string } | { value: unknown },
  commands: CommandSet,
  now?: Date,
): Command | undefined {
  if ('value' in input) {
    const reading = commands.readSubmit(input.value);
    if (reading.kind === 'command') return reading.command;
    return reading.kind === 'text' ? commandOf({ text: reading.text }, commands, now) : undefined;
  }
  const parsed = parseCommandMemo(commands, input.text, now);
  return parsed.ok ? parsed.command : undefined;
}

/**
 * A click that navigates the card it was on (it runs a command that only reads), so its answer may replace
 * that card. Clicks that type text (help's "Try it") or change something (watch) answer with a new message.
 */
export function clickNavigates(value: unknown, commands: CommandSet): boolean {
  const reading = commands.readSubmit(value);
  return reading.kind === 'command' && !commands.named(reading.command.kind).changesState;
}

export async function runCommand(command: Command, given: CommandEnv): Promise<CommandOutcome> {
  // "refresh" in a command: every Partner Center call of this turn skips the cache.
  const env =
    'refresh' in command && command.refresh ? { ...given, ctx: { ...given.ctx, bypassCache: true } } : given;
  try {
    return await env.commands.named(command.kind).run(command, env, env.commands);
  } catch (err) {
    return failureOutcome(command, err, env);
  }
}

/** Partner Center failures become a friendly card with the correlation id support needs. */
function failureOutcome(command: Command, err: unknown, env: CommandEnv): CommandOutcome {
  const correlationId = env.ctx.correlationId;
  let input: ErrorInput;
  if (isPartnerCenterError(err)) {
    switch (err.reason) {
      case 'notFound':
        input = notFoundInput(command, err);
        break;
      case 'forbidden':
      case 'unauthorized':
      case 'timeout':
        input = { kind: err.reason };
        break;
      case 'throttled':
        input = { kind: 'throttled', retryAfterSeconds: err.retryAfterSeconds };
        break;
      default:
        input = { kind: 'upstream', detail: err.code !== undefined ? `code ${err.code}` : undefined };
    }
  } else {
    input = { kind: 'internal' };
  }
  return {
    command: command.kind,
    result: input.kind === 'customerNotFound' || input.kind === 'orderNotFound' ? 'notFound' : 'error',
    card: errorCard({ ...input, correlationId }, { locale: env.ctx.locale }),
    error: err,
  };
}

const CUSTOMER_OPERATIONS = new Set(['getCustomer', 'searchCustomers']);

/**
 * A 404 names what is missing by the call that got it: the customer only for customer calls, the order only
 * for getOrder. A 404 from a list of a customer just found (orders, subscriptions) blames neither: it is
 * Partner Center's answer, shown with the call and the correlation id support needs.
 */
function notFoundInput(command: Command, err: PartnerCenterError): ErrorInput {
  if (err.operation === 'getOrder')
    return { kind: 'orderNotFound', query: 'orderId' in command ? command.orderId : undefined };
  if (CUSTOMER_OPERATIONS.has(err.operation))
    return { kind: 'customerNotFound', query: 'customer' in command ? command.customer : undefined };
  const code = err.code !== undefined ? `, code ${err.code}` : '';
  return { kind: 'upstream', detail: `Partner Center could not find it (${err.operation}: HTTP 404${code})` };
}
