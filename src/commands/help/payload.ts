import { z } from 'zod';
import type { CommandKind } from '../command';

export interface HelpCommand {
  kind: 'help';
  /** The command to narrow the reference to. */
  topic?: CommandKind;
}

/** `kinds`: the registered commands, the topics a help button may name. */
export const helpPayload = (kinds: readonly [string, ...string[]]) =>
  z.object({ kind: z.literal('help'), topic: z.enum(kinds).optional() });
