// "windows", "cancellation windows", "open cancellation windows for contoso": read as a whole message. The words
// left name the customer, or only say "all customers". A message with another command's verb is that command's.
// "windows" is a soft verb: it names the command, but a product's name keeps it elsewhere ("orders for contoso
// with Windows 365").
import { customerText, leftoverRuns } from '../parse/customer';
import type { Grammar } from '../parse/grammar';
import { problem } from '../parse/messages';
import { fail, quoteForHint } from '../parse/problems';
import type { Token } from '../parse/tokenize';
import { OFFSET_WORDS } from '../parse/vocabulary';
import { saysAcross } from '../shared/across/words';
import type { WindowsCommand } from './payload';

/** Words of the question that name nothing: "open cancellation windows", "refund windows closing soon". */
const OWN_WORDS = new Set([
  'cancel',
  'cancelation',
  'refund',
  'reduction',
  'open',
  'closing',
  'soon',
  'now',
  'subscriptions',
  'subscription',
  'subs',
]);
const COUNT = /^\d{1,6}$/;

const bare = (token: Token | undefined) => (token === undefined || token.quoted ? undefined : token.key);

export const windowsGrammar: Grammar<WindowsCommand> = {
  verbs: ['windows', 'window', 'cancellation'],
  softVerbs: ['windows', 'window'],
  typoTargets: ['windows', 'cancellation'],
  precedence: 10,
  lead({ tokens, verbOf, keywordVerbOf }) {
    const named = (t: Token) => verbOf(t) === 'windows';
    if (!tokens.some(named)) return undefined;
    const other = (t: Token) =>
      keywordVerbOf(t) !== undefined && keywordVerbOf(t) !== 'windows' && !OWN_WORDS.has(t.key);
    if (tokens.some(other)) return undefined;
    const used = tokens.map((t) => named(t) || OWN_WORDS.has(bare(t) ?? ''));
    const command: WindowsCommand = { kind: 'windows' };
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (used[i] || !OFFSET_WORDS.has(bare(tokens[i]) ?? '') || !COUNT.test(bare(tokens[i + 1]) ?? ''))
        continue;
      command.offset = Number(tokens[i + 1]!.key);
      used[i] = used[i + 1] = true;
    }
    const runs = leftoverRuns(tokens, used).filter(
      (run) => !run.every((j) => saysAcross(bare(tokens[j]) ?? '')),
    );
    if (runs.length > 1) {
      const names = runs.map((run) => quoteForHint(customerText(tokens, run)));
      return fail({ topic: 'windows', message: problem('whichCustomerWords', { names }) });
    }
    if (runs[0]) command.customer = customerText(tokens, runs[0]);
    return { ok: true, command };
  },
  format: (command, quote) =>
    `windows${command.customer === undefined ? '' : ` for ${quote('customer', command.customer)}`}` +
    (command.offset ? ` skip ${command.offset}` : ''),
};
