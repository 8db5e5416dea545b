import type { CommandDefinition } from './definition';
import type { ProblemMessage } from './parse/messages';
import type { RegisteredCommand } from './registry';

/** What a registered command's handler takes: the union of every registered command (see registry.ts). */
export type Command = RegisteredCommand extends infer D
  ? D extends CommandDefinition<infer C>
    ? C
    : never
  : never;

export type CommandKind = Command['kind'];

export type { OrderFilters } from './shared/list-ref';

/** Why a text is not a command, with what to tell the user. */
export interface ParseProblem {
  /** What to tell the user, as a code with parameters: the string tables render it in their language. */
  message: ProblemMessage;
  /** The message in English, e.g. "Which customer? Try: orders for contoso" (logs, tests). */
  hint: string;
  /** A corrected command to offer as "Did you mean …?", when one is likely. */
  suggestion?: string;
  /** The command the user seemed to want, for `help <command>`. */
  topic?: CommandKind;
}

export type ParseResult = { ok: true; command: Command } | { ok: false; problem: ParseProblem };
