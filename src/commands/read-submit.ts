import { z } from 'zod';
import { ACTION_KEY } from './actions';
import type { Command } from './command';
import { COMMANDS } from './registry';

/** Built on first use: the registry is still loading while the commands' own modules load this one. */
let payloadSchema: z.ZodType | undefined;

function schema(): z.ZodType {
  if (payloadSchema) return payloadSchema;
  const kinds = COMMANDS.map((c) => c.kind) as [string, ...string[]];
  const [first, second, ...rest] = COMMANDS.map((c) => c.payload(kinds));
  // Each registered command's own payload schema, told apart by `kind`.
  const commandSchema = z.discriminatedUnion('kind', [first!, second!, ...rest]);
  payloadSchema = z.union([
    z.object({ [ACTION_KEY]: z.literal('run'), command: commandSchema }),
    z.object({ [ACTION_KEY]: z.literal('type'), text: z.string().min(1).max(500) }),
  ]);
  return payloadSchema;
}

export type SubmitReading =
  { kind: 'command'; command: Command } | { kind: 'text'; text: string } | { kind: 'invalid' };

/** Reads a card submit (activity.value): a command, text to parse, or invalid (tampered or from an unknown card). */
export function readSubmit(value: unknown): SubmitReading {
  const parsed = schema().safeParse(value);
  if (!parsed.success) return { kind: 'invalid' };
  const payload = parsed.data as { text: string } | { command: unknown };
  return 'text' in payload
    ? { kind: 'text', text: payload.text as string }
    : { kind: 'command', command: payload.command as Command };
}
