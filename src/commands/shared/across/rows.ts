// The rows of the cards across customers, from the index's compact records: an order (pending, recent) or a
// subscription (who has an offer), each under its customer's name, with the full id on its own line.
import { idText, type Fact } from '../../../cards/common';
import { billingCycleName, statusColor, statusName, transactionTypeName } from '../../../cards/labels';
import type { Localizer } from '../../../cards/locale';
import { plainText } from '../../../cards/plain-text';
import { fmt, MISSING } from '../../../cards/text';
import type { IndexedOrder, IndexedSubscription } from '../../../index/records';
import type { ActionData } from '../../../cards/types';
import type { AcrossRow, RowButton } from './card';
import type { AcrossTexts } from './texts';

const MAX_NAME = 80;
const MAX_LINES = 3;

/** A record's date (epoch ms) as the cards show dates; '—' when Partner Center gave none. */
export function dayText(l: Localizer, ms: number | undefined): string {
  return ms !== undefined && ms > 0 && Number.isFinite(ms) ? l.date(new Date(ms).toISOString()) : MISSING;
}

export const button = (title: string, data: ActionData): RowButton => ({
  type: 'Action.Submit',
  title,
  data,
});

/** An order under its customer's name: `dates` (as the command tells them), billing cycle and type, its first line items. */
export function orderRow(
  l: Localizer,
  texts: AcrossTexts,
  order: IndexedOrder,
  customerName: string,
  dates: string,
  actions: RowButton[],
): AcrossRow {
  const { s } = l;
  const detail = [dates, billingCycleName(s, order.cycle)];
  if (order.tx) detail.push(transactionTypeName(s, order.tx));
  const lines = order.lines.slice(0, MAX_LINES).map((line) => ({
    text: `${plainText(line.name || line.offer || MISSING, MAX_NAME)} × ${l.number(line.qty)}`,
  }));
  if (order.lines.length > MAX_LINES)
    lines.push({ text: fmt(texts.moreLines, { n: l.number(order.lines.length - MAX_LINES) }) });
  return {
    heading: plainText(customerName, MAX_NAME),
    status: statusName(s, order.status),
    color: statusColor(order.status),
    detail: detail.join(' · '),
    idText: idText(s.orderIdLine, order.id),
    lines,
    actions,
  };
}

/** A subscription: its name and status, its customer, quantity, billing cycle and commitment end. */
export function subscriptionRow(
  l: Localizer,
  subscription: IndexedSubscription,
  customerName: string,
  actions: RowButton[],
): AcrossRow {
  const { s } = l;
  const facts: Fact[] = [{ title: s.quantity, value: l.number(subscription.qty) }];
  if (subscription.cycle)
    facts.push({ title: s.billingCycle, value: billingCycleName(s, subscription.cycle) });
  if (subscription.ends) facts.push({ title: s.commitmentEnd, value: dayText(l, subscription.ends) });
  const detail = [
    plainText(customerName, MAX_NAME),
    ...facts.map((f) => fmt(s.labelled, { label: f.title, value: f.value })),
  ];
  return {
    heading: plainText(subscription.name || subscription.offer || subscription.id, MAX_NAME),
    status: statusName(s, subscription.status),
    color: statusColor(subscription.status),
    detail: detail.join(' · '),
    idText: idText(fmt(s.labelled, { label: s.subscriptionId, value: '{id}' }), subscription.id),
    lines: [],
    actions,
  };
}
