import type { Fact } from '../../cards/common';
import { statusName } from '../../cards/labels';
import { localizer, type Localizer } from '../../cards/locale';
import { ownWords } from '../../cards/strings/own';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import type { Coverage } from '../../index/partner-index';
import type { IndexedOrder } from '../../index/records';
import { acrossListCard } from '../shared/across/card';
import { button, dayText, orderRow } from '../shared/across/rows';
import { acrossTexts } from '../shared/across/texts';
import type { CustomerTotal } from '../shared/across/totals';
import type { RecentCommand } from './payload';
import { recentStrings, type RecentCardStrings } from './strings';

export interface RecentCardInput {
  command: RecentCommand;
  /** Every order counted, most recent change first. */
  orders: readonly IndexedOrder[];
  capped?: { read: number; held: number };
  totals: readonly CustomerTotal[];
  nameOf(tenantId: string): string;
  coverage: Coverage;
  now: number;
  maxRows?: number;
  actions: {
    details(order: IndexedOrder): ActionData;
    customerOrders(order: IndexedOrder): ActionData;
    page(offset: number): ActionData;
    refresh(): ActionData;
  };
}

type RecentWords = ReturnType<typeof localizer>['s'] & RecentCardStrings;

/** "Orders created or changed, all customers": the period, totals per customer, one page of orders. */
export function recentCard(input: RecentCardInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const s = ownWords(l.s, recentStrings);
  const texts = acrossTexts(ctx.locale);
  const { actions, command } = input;
  const facts: Fact[] = [{ title: s.period, value: periodText(l, s, command) }];
  if (command.status) facts.push({ title: s.status, value: statusName(s, command.status) });
  return acrossListCard(
    {
      title: s.title,
      subtitle: s.subtitle,
      coverage: input.coverage,
      now: input.now,
      headline: fmt(s.headline, {
        orders: l.count(s.ordersCount, input.orders.length),
        customers: l.count(texts.customersCount, input.totals.length),
      }),
      facts,
      totals: input.totals,
      items: input.orders,
      capped: input.capped,
      offset: command.offset ?? 0,
      maxRows: input.maxRows,
      row: (order) =>
        orderRow(l, texts, order, input.nameOf(order.cust), datesText(l, s, order), [
          button(s.details, actions.details(order)),
          button(texts.customerOrders, actions.customerOrders(order)),
        ]),
      page: actions.page,
      refresh: actions.refresh,
      emptyText: s.none,
    },
    ctx,
  );
}

function periodText(l: Localizer, s: RecentWords, { since, until }: RecentCommand): string {
  if (until === undefined) return fmt(s.sinceDay, { date: l.date(since) });
  if (until === since) return fmt(s.onDay, { date: l.date(since) });
  return fmt(s.between, { from: l.date(since), to: l.date(until) });
}

/** "Created 12 Jan 2026", and when the index saw it change on another day, that day too. */
function datesText(l: Localizer, s: RecentWords, order: IndexedOrder): string {
  const created = dayText(l, order.created);
  const changed = dayText(l, order.changed);
  return order.changed > order.created && changed !== created
    ? fmt(s.createdChanged, { created, changed })
    : fmt(s.created, { date: created });
}
