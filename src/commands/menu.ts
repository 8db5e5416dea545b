import type { AnyCommandDefinition, MenuEntry } from './definition';
import { COMMANDS } from './registry';

/**
 * The Teams command menu, in English (the titles are what Teams types for the user), in registry order; hidden
 * commands, and those kept off the menu, are left off.
 */
export function commandMenu(commands: readonly AnyCommandDefinition[] = COMMANDS): MenuEntry[] {
  return commands
    .filter((c) => !c.hidden && !c.offMenu)
    .map((c) => ({
      title: c.strings.en.menu.title,
      description: c.strings.en.menu.description,
    }));
}
