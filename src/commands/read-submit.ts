import { z } from 'zod';
import { ACTION_KEY } from './actions';
import type { Command } from './command';
import { COMMANDS } from './registry';

const kinds = COMMANDS.map((c) => c.kind) as [string, ...string[]];
const [first, second, ...rest] = COMMANDS.map((c) => c.payload(kinds));
// Each registered command's own payload schema, told apart by `kind`.
const commandSchema = z.discriminatedUnion('kind', [first!, second!, ...rest]);

const payloadSchema = z.union([
  z.object({ [ACTION_KEY]: z.literal('run'), command: commandSchema }),
  z.object({ [ACTION_KEY]: z.literal('type'), text: z.string().min(1).max(500) }),
]);

export type SubmitReading =
  { kind: 'command'; command: Command } | { kind: 'text'; text: string } | { kind: 'invalid' };

/** Reads a card submit (activity.value): a command, text to parse, or invalid (tampered or from an unknown card). */
export function readSubmit(value: unknown): SubmitReading {
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return { kind: 'invalid' };
  const payload = parsed.data;
  return 'text' in payload
    ? { kind: 'text', text: payload.text as string }
    : { kind: 'command', command: payload.command as Command };
}
