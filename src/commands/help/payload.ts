import { z } from 'zod';
import type { CommandKind } from '../command';

/** `kinds`: the registered commands, the topics a help button may name. */
export const helpPayload = (kinds: readonly [string, ...string[]]) =>
  z.object({ kind: z.literal('help'), topic: z.enum(kinds).optional() });

/**
 * The payload's type, with `topic` (the command to narrow the reference to) named by kind: the schema checks
 * it against the registered kinds at run time; the kinds' type is inferred from the registry, which lists help.
 */
export interface HelpCommand extends Omit<z.infer<ReturnType<typeof helpPayload>>, 'topic'> {
  topic?: CommandKind;
}
