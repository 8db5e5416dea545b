import { fitCard } from '../../cards/fit';
import { plainText } from '../../cards/plain-text';
import { fmt } from '../../cards/text';
import { squash } from '../../index/query-helpers';
import type { IndexedSubscription } from '../../index/records';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import { stringsFor } from '../definition';
import type { CommandOutcome } from '../outcome';
import { ACROSS_PAGE_SIZE } from '../shared/across/card';
import { cappedOf, missingIndexOutcome, readIndex } from '../shared/across/read';
import { customerNamer, customerTotals } from '../shared/across/totals';
import { tooLargeAnswer } from '../too-large';
import { whoCard } from './card';
import type { WhoCommand } from './payload';
import { whoStrings } from './strings';

const MAX_OFFER = 100;

/** "who has E5": every customer's subscriptions of an offer, from the partner-wide index, no Partner Center call. */
export async function whoCommand(command: WhoCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = env.ctx.locale;
  const read = await readIndex(env, (index, limit) => index.subscriptionsOf(command.offer, 0, limit));
  if ('missing' in read) {
    const offer = plainText(command.offer, MAX_OFFER);
    const title = fmt(stringsFor({ strings: whoStrings }, locale).card.title, { offer });
    return missingIndexOutcome(read.missing, command, title, env);
  }
  const { page, coverage } = read;
  const nameOf = customerNamer(env);
  const subscriptions = byCustomer(page.items.filter(namedOrOffered(command.offer)), nameOf);
  const totals = customerTotals(subscriptions, (sub) => sub.cust, nameOf);
  const card = fitCard(
    (maxRows) =>
      whoCard(
        {
          command,
          subscriptions,
          capped: cappedOf(page),
          offerIsCustomer: page.total === 0 && env.directory?.resolve(command.offer)?.kind === 'found',
          totals,
          nameOf,
          coverage,
          now: Date.now(),
          maxRows,
          actions: {
            orderSubscriptions: (sub) =>
              sub.order
                ? runAction({ kind: 'subscriptions', customer: sub.cust, orderId: sub.order })
                : undefined,
            customerOrders: (sub) => runAction({ kind: 'orders', customer: sub.cust, filters: {} }),
            page: (offset) => runAction({ ...command, offset: offset > 0 ? offset : undefined }),
            refresh: () => runAction(command),
          },
        },
        { locale },
      ),
    ACROSS_PAGE_SIZE,
    () => tooLargeAnswer('who', locale),
  );
  return { command: 'who', result: 'ok', resultCount: subscriptions.length, card };
}

/**
 * The index matches the words anywhere in the name or the offer id; an offer id is kept only when it is the
 * words or starts with them up to a ":" or "-" ("CFQ7TTC0LH18" of CFQ7TTC0LH18:0001, the first part of a
 * GUID), since a short word is found inside many a legacy GUID offer id ("E5" in E59159FC-…, Azure AD P2).
 */
function namedOrOffered(offer: string): (subscription: IndexedSubscription) => boolean {
  const wanted = squash(offer);
  const offerIs = (id: string) =>
    id.startsWith(wanted) && (id.length === wanted.length || /[:-]/.test(id[wanted.length] ?? ''));
  return (sub) => squash(sub.name ?? '').includes(wanted) || offerIs(squash(sub.offer ?? ''));
}

/** By customer name, each customer's active subscriptions first, then by name: one customer's stay together. */
function byCustomer(
  subscriptions: readonly IndexedSubscription[],
  nameOf: (tenantId: string) => string,
): IndexedSubscription[] {
  const rank = (sub: IndexedSubscription) => (sub.status === 'active' ? 0 : 1);
  return [...subscriptions].sort(
    (a, b) =>
      nameOf(a.cust).localeCompare(nameOf(b.cust)) ||
      a.cust.localeCompare(b.cust) ||
      rank(a) - rank(b) ||
      (a.name ?? '').localeCompare(b.name ?? '') ||
      a.id.localeCompare(b.id),
  );
}
