// "help", "help orders", "orders help", "?": read before any other command's shape.
import type { Grammar } from '../parse/grammar';
import type { HelpCommand } from './payload';

const help = (topic: HelpCommand['topic']) => ({
  ok: true as const,
  command: topic === undefined ? { kind: 'help' as const } : { kind: 'help' as const, topic },
});

export const helpGrammar: Grammar<HelpCommand> = {
  verbs: ['help', '?', 'commands'],
  typoTargets: ['help'],
  precedence: 3,
  lead({ tokens, question, verbOf, verbNear }) {
    if (question) return help(undefined);
    const first = verbOf(tokens[0]);
    if (first === 'help') {
      for (const token of tokens.slice(1)) {
        const topic = verbNear(token);
        if (topic !== undefined) return help(topic);
      }
      return help(undefined);
    }
    if (tokens.length === 2 && first !== undefined && verbOf(tokens[1]) === 'help') return help(first);
    return undefined;
  },
  format: (command) => (command.topic ? `help ${command.topic}` : 'help'),
};
