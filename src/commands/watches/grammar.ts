// "watches" (also "list watches", "my watches"): read as a whole message.
import type { Grammar } from '../parse/grammar';
import type { WatchesCommand } from './payload';

export const watchesGrammar: Grammar<WatchesCommand> = {
  verbs: ['watches'],
  typoTargets: ['watches'],
  precedence: 5,
  lead({ tokens }) {
    const words = tokens.filter((t) => !['list', 'my', 'show', 'all'].includes(t.key));
    if (words.length !== 1 || words[0]?.quoted || words[0]?.key !== 'watches') return undefined;
    return { ok: true, command: { kind: 'watches' } };
  },
  format: () => 'watches',
};
