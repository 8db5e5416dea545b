import { localizer } from '../../cards/locale';
import { ownWords } from '../../cards/strings/own';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import type { Coverage } from '../../index/partner-index';
import type { IndexedOrder } from '../../index/records';
import { acrossListCard, type AcrossListInput } from '../shared/across/card';
import { button, dayText, orderRow } from '../shared/across/rows';
import { acrossTexts } from '../shared/across/texts';
import type { CustomerTotal } from '../shared/across/totals';
import { pendingStrings } from './strings';

export interface PendingCardInput {
  /** Every pending order counted, newest first. */
  orders: readonly IndexedOrder[];
  /** How many the index holds. */
  total: number;
  capped?: { read: number; held: number };
  totals: readonly CustomerTotal[];
  nameOf(tenantId: string): string;
  coverage: Coverage;
  now: number;
  offset: number;
  maxRows?: number;
  actions: {
    details(order: IndexedOrder): ActionData;
    /** The customer's own orders card, pending ones. */
    customerOrders(order: IndexedOrder): ActionData;
    page(offset: number): ActionData;
    refresh(): ActionData;
  };
}

/** "Pending orders, all customers": how many at how many customers, totals per customer, one page of orders. */
export function pendingCard(input: PendingCardInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const s = ownWords(l.s, pendingStrings);
  const texts = acrossTexts(ctx.locale);
  const { actions } = input;
  const list: AcrossListInput<IndexedOrder> = {
    title: s.title,
    coverage: input.coverage,
    now: input.now,
    headline: fmt(s.headline, {
      orders: l.count(s.ordersCount, input.total),
      customers: l.count(texts.customersCount, input.totals.length),
    }),
    facts: [],
    totals: input.totals,
    items: input.orders,
    capped: input.capped,
    offset: input.offset,
    maxRows: input.maxRows,
    row: (order) =>
      orderRow(
        l,
        texts,
        order,
        input.nameOf(order.cust),
        fmt(s.created, { date: dayText(l, order.created) }),
        [
          button(s.details, actions.details(order)),
          button(texts.customerOrders, actions.customerOrders(order)),
        ],
      ),
    page: actions.page,
    refresh: actions.refresh,
    emptyText: s.none,
  };
  return acrossListCard(list, ctx);
}
