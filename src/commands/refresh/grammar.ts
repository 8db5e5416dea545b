// "refresh", "refresh customers", "refresh the customer directory": the whole message, so that "refresh"
// beside another command ("orders for contoso refresh") stays that command's skip-the-cache keyword.
import type { Grammar } from '../parse/grammar';
import type { RefreshCommand } from './payload';

const OBJECT_WORDS = new Set(['customers', 'customer', 'directory', 'list', 'the', 'customer-list', 'cache']);

export const refreshGrammar: Grammar<RefreshCommand> = {
  verbs: ['refresh'],
  typoTargets: ['refresh'],
  precedence: 4,
  lead({ tokens, verbOf }) {
    if (tokens.length === 0 || tokens.length > 4 || verbOf(tokens[0]) !== 'refresh') return undefined;
    if (!tokens.slice(1).every((t) => !t.quoted && OBJECT_WORDS.has(t.key))) return undefined;
    return { ok: true, command: { kind: 'refresh' } };
  },
  format: () => 'refresh',
};
