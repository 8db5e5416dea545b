// What the bot asks a command about itself, through the hooks of its definition (definition.ts), instead of
// listing kinds: what its progress card says, and whether its card refreshes itself in Teams.
import type { Command } from './command';
import { stringsFor } from './definition';
import type { Learnt } from './deps';
import { commandNamed } from './registry';

/**
 * The progress card's title for this command in this locale, naming what the turn has `learnt` so far (the
 * customer's name once resolved); undefined: the general line.
 */
export function progressTitle(
  command: Command | undefined,
  locale: string,
  learnt: Learnt = {},
): string | undefined {
  if (!command) return undefined;
  const definition = commandNamed(command.kind);
  return definition.progress?.(command, stringsFor(definition, locale), learnt);
}

/** The command a Teams refresh of this command's card runs; undefined when its card does not refresh. */
export function refreshCommand(
  command: Command | undefined,
  customerId: string | undefined,
): Command | undefined {
  if (!command) return undefined;
  return commandNamed(command.kind).refreshWith?.(command, customerId);
}
