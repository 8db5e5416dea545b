import { stringsFor, type AnyCommandDefinition, type MenuEntry } from './definition';
import { COMMANDS } from './registry';

/**
 * The Teams command menu in one language (English by default: the manifest's own; the others go into its
 * language files), in registry order; hidden commands are left off. A title is what Teams types for the person,
 * so each language's titles are words the parser reads (test/deploy/package-teams.test.ts checks it).
 */
export function commandMenu(
  commands: readonly AnyCommandDefinition[] = COMMANDS,
  locale = 'en',
): MenuEntry[] {
  return commands
    .filter((c) => !c.hidden)
    .map((c) => {
      const { title, description } = stringsFor(c, locale).menu;
      return { title, description };
    });
}
