// "unwatch <order id>", "unwatch all" (also "stop watching …"): read as a whole message.
import { unwatchStrings } from './strings';
import type { Grammar } from '../parse/grammar';
import { ownProblem } from '../parse/messages';
import { fail } from '../parse/problems';
import { firstOrderId } from '../shared/watch/words';
import type { UnwatchCommand } from './payload';

export const unwatchGrammar: Grammar<UnwatchCommand> = {
  verbs: ['unwatch'],
  typoTargets: ['unwatch'],
  precedence: 5,
  lead({ tokens }) {
    let rest: typeof tokens;
    if (tokens[0]?.key === 'unwatch' && !tokens[0].quoted) rest = tokens.slice(1);
    else if (tokens[0]?.key === 'stop' && tokens[1]?.key === 'watching') rest = tokens.slice(2);
    else return undefined;
    const orderId = firstOrderId(rest);
    if (orderId) return { ok: true, command: { kind: 'unwatch', orderId } };
    if (rest.some((t) => t.key === 'all')) return { ok: true, command: { kind: 'unwatch' } };
    return fail({ topic: 'unwatch', message: ownProblem(unwatchStrings, 'whichOrder') });
  },
  format: (command) => (command.orderId ? `unwatch ${command.orderId}` : 'unwatch all'),
};
