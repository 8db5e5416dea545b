import { idText } from '../../cards/common';
import { localizer } from '../../cards/locale';
import { plainText } from '../../cards/plain-text';
import { localizerWith } from '../../cards/strings/own';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import type { Coverage } from '../../index/partner-index';
import type { WindowRow, Windows } from '../../radar/radar';
import { acrossListCard, type AcrossRow } from '../shared/across/card';
import { dayText } from '../shared/across/rows';
import { acrossTexts } from '../shared/across/texts';
import type { CustomerTotal } from '../shared/across/totals';
import {
  inTimeText,
  subscriptionButtons,
  subscriptionName,
  termCycleText,
  windowText,
  type SubscriptionActions,
} from '../shared/radar/rows';
import { radarTexts } from '../shared/radar/texts';
import type { WindowsCommand } from './payload';
import { windowsStrings } from './strings';

const MAX_NAME = 80;

export interface WindowsCardInput {
  command: WindowsCommand;
  windows: Windows;
  now: number;
  /** The customer asked about; absent: all customers. */
  customer?: { id: string; name: string };
  totals: readonly CustomerTotal[];
  nameOf(tenantId: string): string;
  coverage: Coverage;
  maxRows?: number;
  actions: SubscriptionActions & { page(offset: number): ActionData; refresh(): ActionData };
}

/** "Cancellation windows open now": how many close within 24 hours, totals per customer, one page, soonest first. */
export function windowsCard(input: WindowsCardInput, ctx: CardContext): AdaptiveCard {
  const l = localizerWith(localizer(ctx.locale), windowsStrings);
  const { s } = l;
  const texts = radarTexts(s.lang);
  const across = acrossTexts(s.lang);
  const { windows, now, customer, actions } = input;
  const row = ({ subscription: sub, window, ends }: WindowRow): AcrossRow => {
    const detail = [
      customer ? undefined : plainText(input.nameOf(sub.cust), MAX_NAME),
      l.count(texts.licenses, sub.qty),
      termCycleText(l, texts, sub),
      ends === undefined ? undefined : fmt(texts.termEnds, { date: dayText(l, ends) }),
    ].filter((part): part is string => part !== undefined);
    return {
      heading: subscriptionName(sub),
      status: fmt(texts.closesIn, { in: inTimeText(l, window.closes - now) }),
      color: window.soon ? 'Attention' : 'Warning',
      detail: detail.join(' · '),
      idText: idText(texts.subscriptionIdLine, sub.id),
      lines: [
        { text: windowText(l, texts, window, now) },
        { text: window.opened === 'purchase' ? texts.openedByPurchase : texts.openedByRenewal },
      ],
      actions: subscriptionButtons(l, texts, sub, actions),
    };
  };
  return acrossListCard(
    {
      title: customer ? fmt(s.titleFor, { customer: plainText(customer.name, MAX_NAME) }) : s.title,
      subtitle: s.subtitle,
      coverage: input.coverage,
      now,
      headline: fmt(s.headline, {
        subscriptions: l.count(s.subscriptionsCount, windows.total),
        customers: l.count(across.customersCount, customer ? 1 : input.totals.length),
        soon: l.count(s.soonCount, windows.soon),
      }),
      facts: [],
      totals: customer ? [] : input.totals,
      items: windows.rows,
      capped: windows.read < windows.total ? { read: windows.read, held: windows.total } : undefined,
      offset: input.command.offset ?? 0,
      maxRows: input.maxRows,
      row,
      page: actions.page,
      refresh: actions.refresh,
      emptyText: s.none,
    },
    ctx,
  );
}
