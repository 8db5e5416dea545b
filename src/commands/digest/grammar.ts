// "digest renewals weekly [for contoso, fabrikam]", "watch cancellation windows [for contoso]", "digests",
// "stop digest [weekly | daily | windows]", "stop digests", "unwatch cancellation windows": read as a whole
// message, before the watch commands (their "watch"/"unwatch" words here name windows, not orders).
import type { ParseResult } from '../command';
import type { Grammar } from '../parse/grammar';
import { ownProblem } from '../parse/messages';
import { fail } from '../parse/problems';
import { joinRaw, stripQuotes, type Token } from '../parse/tokenize';
import { MAX_DIGEST_CUSTOMERS, type DigestCommand } from './payload';
import { digestStrings } from './strings';

type Which = NonNullable<Extract<DigestCommand, { op: 'stop' }>['which']>;

const CADENCES: Readonly<Record<string, 'daily' | 'weekly'>> = {
  daily: 'daily',
  day: 'daily',
  weekly: 'weekly',
  week: 'weekly',
  monday: 'weekly',
  mondays: 'weekly',
};
/** Words a digest's request may hold besides its cadence ("digest of renewals every week"). */
const DIGEST_WORDS = new Set(['renewals', 'renewal', 'of', 'the', 'every', 'each', 'on', 'a', 'my']);
const WINDOW_WORDS = new Set(['window', 'windows']);
/** Words "watch cancellation windows" may hold besides them. */
const WINDOW_EXTRAS = new Set([
  'cancellation',
  'cancelation',
  'cancellations',
  'the',
  'all',
  'alerts',
  'alert',
]);
const LIST_EXTRAS = new Set(['list', 'my', 'show', 'all', 'the']);
const STOP_EXTRAS = new Set(['the', 'my', 'this', 'a', 'renewals', 'renewal', 'cancellation', 'cancelation']);

const bare = (t: Token | undefined): string => (t === undefined || t.quoted ? '' : t.key);

const problem = (key: keyof (typeof digestStrings)['en']['problems']) =>
  fail({ topic: 'digest', message: ownProblem(digestStrings, key) });

/** The words before the first "for", and the customers after it (split at commas, quotes kept together). */
function splitCustomers(tokens: readonly Token[]): { head: readonly Token[]; customers?: string[] } {
  const at = tokens.findIndex((t) => bare(t) === 'for');
  if (at < 0) return { head: tokens };
  const groups: Token[][] = [[]];
  for (const token of tokens.slice(at + 1)) {
    const separator = !token.quoted && /^[,;]+$/.test(token.raw);
    if (!separator) groups.at(-1)!.push({ ...token, raw: token.raw.replace(/[,;]+$/, '') });
    if (separator || /[,;]$/.test(token.raw)) groups.push([]);
  }
  const customers = groups.map((group) => stripQuotes(joinRaw(group)).trim()).filter((name) => name !== '');
  return { head: tokens.slice(0, at), customers };
}

/** "for" with no customer after it, or too many: asked again. */
function customersOf(found: string[] | undefined): string[] | undefined | false {
  if (found === undefined) return undefined;
  if (found.length === 0 || found.length > MAX_DIGEST_CUSTOMERS) return false;
  return found;
}

function add(rest: readonly Token[]): ParseResult {
  const { head, customers } = splitCustomers(rest);
  const scope = customersOf(customers);
  if (scope === false) return problem('whichCustomers');
  let cadence: 'daily' | 'weekly' | undefined;
  for (const token of head) {
    const word = bare(token);
    const named = Object.hasOwn(CADENCES, word) ? CADENCES[word] : undefined;
    if (named && cadence && named !== cadence) return problem('howOften');
    if (named) cadence = named;
    else if (!DIGEST_WORDS.has(word)) return problem('howOften');
  }
  if (!cadence) return problem('howOften');
  const command: DigestCommand = { kind: 'digest', op: 'add', cadence };
  if (scope) command.customers = scope;
  return { ok: true, command };
}

/** "watch cancellation windows [for …]": the words before "for" are about windows only. */
function windows(rest: readonly Token[]): ParseResult | undefined {
  const { head, customers } = splitCustomers(rest);
  const words = head.map(bare);
  if (!words.some((w) => WINDOW_WORDS.has(w))) return undefined;
  if (!words.every((w) => WINDOW_WORDS.has(w) || WINDOW_EXTRAS.has(w))) return undefined;
  const scope = customersOf(customers);
  if (scope === false) return problem('whichCustomers');
  const command: DigestCommand = { kind: 'digest', op: 'windows' };
  if (scope) command.customers = scope;
  return { ok: true, command };
}

/** After "stop": which digests ("weekly", "windows", "all", none), if the words are about digests at all. */
function stop(rest: readonly Token[], windowsOnly: boolean): ParseResult | undefined {
  const words = rest.map(bare);
  const aboutWindows = words.some((w) => WINDOW_WORDS.has(w));
  const aboutDigests = words.some((w) => w === 'digest' || w === 'digests');
  if (windowsOnly ? !aboutWindows : !aboutWindows && !aboutDigests) return undefined;
  let which: Which | undefined = aboutWindows ? 'windows' : undefined;
  for (const word of words) {
    const cadence = Object.hasOwn(CADENCES, word) ? CADENCES[word] : undefined;
    if (cadence && which !== undefined && which !== cadence) return problem('stopWhich');
    if (cadence) which = cadence;
    else if (word === 'all') which ??= 'all';
    else if (!['digest', 'digests', ...WINDOW_WORDS, ...STOP_EXTRAS, 'alerts', 'alert'].includes(word))
      return problem('stopWhich');
  }
  // "stop digests" is all of them; "stop digest" the one there is.
  if (which === undefined && words.includes('digests')) which = 'all';
  const command: DigestCommand = { kind: 'digest', op: 'stop' };
  if (which) command.which = which;
  return { ok: true, command };
}

export const digestGrammar: Grammar<DigestCommand> = {
  verbs: ['digest', 'digests'],
  typoTargets: ['digest', 'digests'],
  // Before the watch commands (5): "watch cancellation windows" is not an order.
  precedence: 4,
  lead({ tokens }) {
    const first = bare(tokens[0]);
    if (first === 'digest') return add(tokens.slice(1));
    const listed = tokens.filter((t) => !LIST_EXTRAS.has(bare(t)));
    if (listed.length === 1 && bare(listed[0]) === 'digests' && tokens.length <= 3)
      return { ok: true, command: { kind: 'digest', op: 'list' } };
    if (first === 'watch') return windows(tokens.slice(1));
    if (first === 'unwatch') return stop(tokens.slice(1), true);
    if (first === 'stop' && bare(tokens[1]) === 'watching') return stop(tokens.slice(2), true);
    if (first === 'stop') return stop(tokens.slice(1), false);
    return undefined;
  },
  format(command, quote) {
    const customers =
      'customers' in command && command.customers
        ? ` for ${command.customers.map((c) => quote('customer', c)).join(', ')}`
        : '';
    switch (command.op) {
      case 'add':
        return `digest renewals ${command.cadence}${customers}`;
      case 'windows':
        return `watch cancellation windows${customers}`;
      case 'list':
        return 'digests';
      case 'stop':
        if (command.which === 'all') return 'stop digests';
        return command.which ? `stop digest ${command.which}` : 'stop digest';
    }
  },
};
