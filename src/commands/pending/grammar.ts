// "pending orders" with no customer (also "all pending orders", "pending orders across customers", "which
// orders are pending"): read as a whole message. With a customer ("pending orders for contoso") it is not
// this command: the orders command reads it, with "pending" as its status filter.
import type { Grammar } from '../parse/grammar';
import { otherFilters, readWithoutCustomer } from '../shared/across/words';
import type { PendingCommand } from './payload';

const OWN_WORDS = new Set(['orders', 'order']);

export const pendingGrammar: Grammar<PendingCommand> = {
  verbs: ['pending'],
  typoTargets: ['pending'],
  precedence: 6,
  lead(input) {
    if (!input.tokens.some((t) => !t.quoted && t.key === 'pending')) return undefined;
    const collected = readWithoutCustomer(input, (key) => OWN_WORDS.has(key));
    if (!collected || collected.filters.status !== 'pending') return undefined;
    if (otherFilters(collected, ['status']).length > 0) return undefined;
    const command: PendingCommand = { kind: 'pending' };
    if (collected.offset) command.offset = collected.offset;
    return { ok: true, command };
  },
  format: (command) => `pending orders${command.offset ? ` skip ${command.offset}` : ''}`,
};
