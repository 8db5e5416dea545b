import { errorCard, helpCard, type ErrorInput } from '../cards';
import { isPartnerCenterError } from '../partnercenter/errors';
import { readSubmit, typeAction } from './actions';
import type { Command, CommandKind, ParseProblem } from './command';
import type { CommandEnv } from './deps';
import { orderDetailCommand } from './order-detail';
import { ordersCommand } from './orders';
import type { CommandOutcome } from './outcome';
import { parseCommandMemo } from './parse-memo';
import { subscriptionsCommand } from './subscriptions';

/** A typed message: parse it, run it, or answer with help. Never throws. */
export function handleText(text: string, env: CommandEnv, now?: Date): Promise<CommandOutcome> {
  const parsed = parseCommandMemo(text, now);
  return parsed.ok ? runCommand(parsed.command, env) : Promise.resolve(helpOutcome(env, parsed.problem));
}

/** A card button click (activity.value). Tampered or stale data gets a clear message. Never throws. */
export function handleSubmit(value: unknown, env: CommandEnv, now?: Date): Promise<CommandOutcome> {
  const reading = readSubmit(value);
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
export function commandOf(input: { text: string } | { value: unknown }, now?: Date): Command | undefined {
  if ('value' in input) {
    const reading = readSubmit(input.value);
    if (reading.kind === 'command') return reading.command;
    return reading.kind === 'text' ? commandOf({ text: reading.text }, now) : undefined;
  }
  const parsed = parseCommandMemo(input.text, now);
  return parsed.ok ? parsed.command : undefined;
}

export async function runCommand(command: Command, given: CommandEnv): Promise<CommandOutcome> {
  // "refresh" in a command: every Partner Center call of this turn skips the cache.
  const env =
    'refresh' in command && command.refresh ? { ...given, ctx: { ...given.ctx, bypassCache: true } } : given;
  try {
    switch (command.kind) {
      case 'help':
        return helpOutcome(env, undefined, command.topic);
      case 'orders':
        return await ordersCommand(command, env);
      case 'order':
        return await orderDetailCommand(command, env);
      case 'subscriptions':
        return await subscriptionsCommand(command, env);
    }
  } catch (err) {
    return failureOutcome(command, err, env);
  }
}

function helpOutcome(env: CommandEnv, problem?: ParseProblem, topic?: CommandKind): CommandOutcome {
  return {
    command: 'help',
    result: problem ? 'invalid' : 'help',
    card: helpCard(
      {
        hint: problem?.hint,
        suggestion: problem?.suggestion,
        action: typeAction,
        topic: problem?.topic ?? topic,
      },
      { locale: env.ctx.locale },
    ),
  };
}

/** Partner Center failures become a friendly card with the correlation id support needs. */
function failureOutcome(command: Command, err: unknown, env: CommandEnv): CommandOutcome {
  const correlationId = env.ctx.correlationId;
  let input: ErrorInput;
  if (isPartnerCenterError(err)) {
    const customer = 'customer' in command ? command.customer : undefined;
    switch (err.reason) {
      case 'notFound':
        input =
          err.operation === 'getOrder'
            ? { kind: 'orderNotFound', query: 'orderId' in command ? command.orderId : undefined }
            : { kind: 'customerNotFound', query: customer };
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
    result: isPartnerCenterError(err) && err.reason === 'notFound' ? 'notFound' : 'error',
    card: errorCard({ ...input, correlationId }, { locale: env.ctx.locale }),
    error: err,
  };
}
