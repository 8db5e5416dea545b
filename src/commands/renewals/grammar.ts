// "renewals", "renewals for contoso", "renewals for contoso next quarter", "upcoming renewals this month",
// "subscriptions expiring before 2027-01-15", "renewals for contoso nos próximos 30 dias": read as a whole
// message. The period looks ahead (parse/date-ahead.ts); the words left name the customer, or only say "all
// customers". A message with another command's verb in it is that command's.
import type { RenewalKind } from '../../index/renewals';
import { customerText, leftoverRuns } from '../parse/customer';
import { aheadAt, MAX_AHEAD_DAYS, type AheadPeriod } from '../parse/date-ahead';
import { dateAt, formatDay } from '../parse/date-phrases';
import type { Grammar } from '../parse/grammar';
import { ownProblem, problem } from '../parse/messages';
import { fail, quoteForHint } from '../parse/problems';
import type { Token } from '../parse/tokenize';
import { OFFSET_WORDS } from '../parse/vocabulary';
import { saysAcross } from '../shared/across/words';
import type { RenewalsCommand } from './payload';
import { renewalsStrings } from './strings';

const VERBS = ['renewals', 'renewal', 'renewing', 'renews', 'expiring', 'expirations'];
/** Words of the question that name nothing: "upcoming renewals", "subscriptions expiring soon". */
const OWN_WORDS = new Set(['upcoming', 'coming', 'soon', 'due', 'subscriptions', 'subscription', 'subs']);
/** One group, paged ("renewals for contoso rollovers skip 10", as the card's buttons write it). */
const GROUP_WORDS: ReadonlyMap<string, RenewalKind> = new Map([
  ['terms', 'terms'],
  ['commitments', 'terms'],
  ['ending', 'ends'],
  ['changes', 'changes'],
  ['changing', 'changes'],
  ['rollovers', 'rollovers'],
  ['rollover', 'rollovers'],
  ['monthly', 'rollovers'],
]);
const GROUP_SPELLING: Readonly<Record<RenewalKind, string>> = {
  terms: 'terms',
  ends: 'ending',
  changes: 'changes',
  rollovers: 'rollovers',
};
const COUNT = /^\d{1,6}$/;

const bare = (token: Token | undefined) => (token === undefined || token.quoted ? undefined : token.key);
const topic = 'renewals' as const;
const own = (code: keyof (typeof renewalsStrings)['en']['problems'], params?: Record<string, string>) =>
  fail({ topic, message: ownProblem(renewalsStrings, code, params) });

/** The period's fields, or why it cannot be asked (wholly past, empty, too far ahead). */
function periodFields(
  period: AheadPeriod,
  today: number,
): Pick<RenewalsCommand, 'within' | 'since' | 'until'> | { problem: ReturnType<typeof fail> } {
  if ('within' in period) return { within: period.within };
  const until = formatDay(period.until);
  if (until === undefined) return { problem: fail({ topic, message: problem('endOutOfRange') }) };
  if (period.until < today) return { problem: own('pastPeriod', { until }) };
  const since = period.since !== undefined && period.since > today ? period.since : undefined;
  if (since !== undefined && since > period.until)
    return {
      problem: fail({ topic, message: problem('emptyRange', { since: formatDay(since)!, until }) }),
    };
  if (period.until - today > MAX_AHEAD_DAYS)
    return { problem: own('tooFar', { until, max: String(MAX_AHEAD_DAYS) }) };
  // A start up to today is today: the card's Refresh then starts from the day it is clicked.
  return since === undefined ? { until } : { since: formatDay(since)!, until };
}

export const renewalsGrammar: Grammar<RenewalsCommand> = {
  verbs: VERBS,
  typoTargets: ['renewals'],
  precedence: 9,
  lead(input) {
    const { tokens, today, verbOf, keywordVerbOf } = input;
    if (!tokens.some((t) => verbOf(t) === 'renewals')) return undefined;
    const mine = (t: Token) => OWN_WORDS.has(bare(t) ?? '') || GROUP_WORDS.has(bare(t) ?? '');
    const other = (t: Token) => keywordVerbOf(t) !== undefined && keywordVerbOf(t) !== 'renewals' && !mine(t);
    if (tokens.some(other)) return undefined;
    const used = tokens.map((t) => verbOf(t) === 'renewals' || OWN_WORDS.has(bare(t) ?? ''));
    const command: RenewalsCommand = { kind: 'renewals' };
    let period: AheadPeriod | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const key = bare(tokens[i]);
      if (key !== undefined && OFFSET_WORDS.has(key) && COUNT.test(bare(tokens[i + 1]) ?? '')) {
        command.offset = Number(tokens[i + 1]!.key);
        used[i] = used[i + 1] = true;
        i++;
        continue;
      }
      const group = key === undefined ? undefined : GROUP_WORDS.get(key);
      if (group !== undefined) {
        if (command.group !== undefined && command.group !== group)
          return own('pickOneGroup', { first: GROUP_SPELLING[command.group], second: key! });
        command.group = group;
        used[i] = true;
        continue;
      }
      const found = aheadAt(tokens, used, i, today);
      if (found === undefined) {
        // "last month", "yesterday", "last 7 days": renewals look ahead.
        const back = dateAt(tokens, used, i, today, false);
        if (back && 'range' in back && today !== undefined && back.range.start < today)
          return own('lookAhead');
        continue;
      }
      if ('error' in found) return fail({ topic, message: found.error });
      if (period !== undefined) return own('onePeriod');
      period = found.period;
      for (let j = i; j < found.next; j++) used[j] = true;
      i = found.next - 1;
    }
    const runs = leftoverRuns(tokens, used).filter(
      (run) => !run.every((j) => saysAcross(bare(tokens[j]) ?? '')),
    );
    if (runs.length > 1) {
      const names = runs.map((run) => quoteForHint(customerText(tokens, run)));
      return fail({ topic, message: problem('whichCustomerWords', { names }) });
    }
    if (runs[0]) command.customer = customerText(tokens, runs[0]);
    if (period !== undefined) {
      // A period read needs a today (aheadAt says so otherwise).
      const fields = periodFields(period, today!);
      if ('problem' in fields) return fields.problem;
      Object.assign(command, fields);
    }
    return { ok: true, command };
  },
  format(command, quote) {
    const words = ['renewals'];
    if (command.customer !== undefined) words.push(`for ${quote('customer', command.customer)}`);
    if (command.within !== undefined) words.push(`in ${command.within} days`);
    else if (command.until !== undefined)
      words.push(command.since ? `from ${command.since} until ${command.until}` : `until ${command.until}`);
    if (command.group) words.push(GROUP_SPELLING[command.group]);
    if (command.offset) words.push(`skip ${command.offset}`);
    return words.join(' ');
  },
};
