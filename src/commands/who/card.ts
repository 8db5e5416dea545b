import { localizer } from '../../cards/locale';
import { plainText } from '../../cards/plain-text';
import { ownWords } from '../../cards/strings/own';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import type { Coverage } from '../../index/partner-index';
import type { IndexedSubscription } from '../../index/records';
import { acrossListCard, type RowButton } from '../shared/across/card';
import { button, subscriptionRow } from '../shared/across/rows';
import { acrossTexts } from '../shared/across/texts';
import type { CustomerTotal } from '../shared/across/totals';
import type { WhoCommand } from './payload';
import { whoStrings } from './strings';

const MAX_OFFER = 100;

export interface WhoCardInput {
  command: WhoCommand;
  /** Every subscription counted, by customer. */
  subscriptions: readonly IndexedSubscription[];
  capped?: { read: number; held: number };
  /** The offer's words name a customer (the directory knows it): the empty card says where to look. */
  offerIsCustomer?: boolean;
  totals: readonly CustomerTotal[];
  nameOf(tenantId: string): string;
  coverage: Coverage;
  now: number;
  maxRows?: number;
  actions: {
    /** The subscriptions card of the order that created it (with its siblings), when the index knows the order. */
    orderSubscriptions?(subscription: IndexedSubscription): ActionData | undefined;
    customerOrders(subscription: IndexedSubscription): ActionData;
    page(offset: number): ActionData;
    refresh(): ActionData;
  };
}

/** "Who has “E5”": how many subscriptions at how many customers, totals per customer, one page of them. */
export function whoCard(input: WhoCardInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const s = ownWords(l.s, whoStrings);
  const texts = acrossTexts(ctx.locale);
  const { actions, command } = input;
  const offer = plainText(command.offer, MAX_OFFER);
  const active = input.subscriptions.filter((sub) => sub.status === 'active').length;
  const rowActions = (sub: IndexedSubscription): RowButton[] => {
    const buttons: RowButton[] = [];
    const ofOrder = actions.orderSubscriptions?.(sub);
    if (ofOrder) buttons.push(button(s.subscriptions, ofOrder));
    buttons.push(button(texts.customerOrders, actions.customerOrders(sub)));
    return buttons;
  };
  return acrossListCard(
    {
      title: fmt(s.title, { offer }),
      subtitle: s.subtitle,
      coverage: input.coverage,
      now: input.now,
      headline: fmt(s.headline, {
        subscriptions: l.count(s.subscriptionsCount, input.subscriptions.length),
        customers: l.count(texts.customersCount, input.totals.length),
        active: l.count(s.activeCount, active),
      }),
      facts: [],
      totals: input.totals,
      items: input.subscriptions,
      capped: input.capped,
      offset: command.offset ?? 0,
      maxRows: input.maxRows,
      row: (sub) => subscriptionRow(l, sub, input.nameOf(sub.cust), rowActions(sub)),
      page: actions.page,
      refresh: actions.refresh,
      emptyText: fmt(input.offerIsCustomer ? s.noneButCustomer : s.none, { offer }),
    },
    ctx,
  );
}
