import { z } from 'zod';
import { ACTION_KEY } from './actions';
import type { Command } from './command';
import type { AnyCommandDefinition } from './definition';

export type SubmitReading =
  { kind: 'command'; command: Command } | { kind: 'text'; text: string } | { kind: 'invalid' };

/** The reader of card submits (activity.value) for these commands: a command, text to parse, or invalid. */
export function submitReader(commands: readonly AnyCommandDefinition[]): (value: unknown) => SubmitReading {
  const kinds = commands.map((c) => c.kind) as [string, ...string[]];
  const [first, second, ...rest] = commands.map((c) => c.payload(kinds));
  // Each command's own payload schema, told apart by `kind` (a union needs two: one command is on its own).
  const commandSchema = second ? z.discriminatedUnion('kind', [first!, second, ...rest]) : first!;
  const schema = z.union([
    z.object({ [ACTION_KEY]: z.literal('run'), command: commandSchema }),
    z.object({ [ACTION_KEY]: z.literal('type'), text: z.string().min(1).max(500) }),
  ]);
  return (value) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { kind: 'invalid' };
    const payload = parsed.data as { text: string } | { command: unknown };
    return 'text' in payload
      ? { kind: 'text', text: payload.text as string }
      : { kind: 'command', command: payload.command as Command };
  };
}
