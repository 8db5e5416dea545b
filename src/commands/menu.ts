import { stringsFor, type AnyCommandDefinition, type MenuEntry } from './definition';
import { COMMANDS } from './registry';

/**
 * The Teams command menu in one language (English by default: the manifest's own; the others go into its
 * language files), in registry order; hidden commands and those kept off the menu (offMenu) are left off. A
 * title is what Teams types for the person, so each language's titles are words the parser reads
 * (test/commands/registry.test.ts and test/deploy/package-teams.test.ts check it).
 */
export function commandMenu(
  commands: readonly AnyCommandDefinition[] = COMMANDS,
  locale = 'en',
): MenuEntry[] {
  return commands
    .filter((c) => !c.hidden && !c.offMenu)
    .map((c) => {
      const { title, description } = stringsFor(c, locale).menu;
      return { title, description };
    });
}
