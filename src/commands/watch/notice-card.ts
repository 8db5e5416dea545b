// The proactive notices of a watch: a change (what, from what, since when, the subscriptions it created), and
// the end of a watch that expired. Buttons: Details, Stop watching.
import template from '../../../cards/watch-notice.json';
import { provisioningName, statusName } from '../../cards/labels';
import { localizer, type Localizer } from '../../cards/locale';
import { subscriptionName } from '../../cards/common';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { AdaptiveCard } from '../../cards/types';
import type { Subscription } from '../../partnercenter/models';
import type { Watch, WatchState } from '../../state/watch-store';
import type { WatchNotices } from '../../watch/notices';

import { runAction } from '../actions';
import { isFinal } from '../../watch/final';
import { provisioningCounts } from '../../watch/provisioning';
import { watchTextsWith } from '../shared/watch/texts';
import { watchStrings } from './strings';
import { watchTextView, type WatchButton, type WatchTextView } from '../shared/watch/view';

const MAX_SUBSCRIPTIONS = 5;

interface WatchNoticeView extends WatchTextView {
  buttons: WatchButton[];
}

const render = cardTemplate<WatchNoticeView>(template);

function noticeCard(title: string, lines: readonly string[], buttons: WatchButton[]): AdaptiveCard {
  return render({ ...watchTextView(title, lines), buttons });
}

export function changeNoticeCard(
  watch: Watch,
  from: WatchState,
  to: WatchState,
  subscriptions: readonly Subscription[] | undefined,
): AdaptiveCard {
  const t = watchTextsWith(watch.locale, watchStrings);
  const l = localizer(watch.locale);
  const lines: string[] = [];
  if (from.status.toLowerCase() !== to.status.toLowerCase())
    lines.push(fmt(t.noticeChange, { from: statusName(l.s, from.status), to: statusName(l.s, to.status) }));
  if (
    from.provisioning !== undefined &&
    to.provisioning !== undefined &&
    from.provisioning !== to.provisioning
  )
    lines.push(
      fmt(t.noticeProvisioning, {
        from: provisioningText(l, from.provisioning),
        to: provisioningText(l, to.provisioning),
      }),
    );
  lines.push(fmt(t.noticeSince, { from: statusName(l.s, from.status), since: l.dateTime(from.since) }));
  if (subscriptions !== undefined) {
    const names = subscriptions.slice(0, MAX_SUBSCRIPTIONS).map(subscriptionName);
    if (subscriptions.length > MAX_SUBSCRIPTIONS) names.push('…');
    lines.push(
      names.length ? fmt(t.noticeSubscriptions, { list: names.join(', ') }) : t.noticeNoSubscriptions,
    );
  }
  const ended = isFinal(to.status);
  if (ended) lines.push(fmt(t.noticeEnded, { status: statusName(l.s, to.status) }));
  const buttons: WatchButton[] = [
    {
      title: t.details,
      data: runAction({ kind: 'order', customer: watch.customerId, orderId: watch.orderId }),
    },
  ];
  if (!ended)
    buttons.push({ title: t.stopWatching, data: runAction({ kind: 'unwatch', orderId: watch.orderId }) });
  return noticeCard(
    fmt(t.noticeTitle, { order: watch.orderId, customer: watch.customerName }),
    lines,
    buttons,
  );
}

/** `fulfilled:1,pending:2` → "Fulfilled 1, Pending 2"; one status alone is just its name. */
function provisioningText(l: Localizer, summary: string): string {
  const counts = provisioningCounts(summary);
  if (counts.length === 1) return provisioningName(l.s, counts[0]!.status);
  return counts.map(({ status, count }) => `${provisioningName(l.s, status)} ${count}`).join(', ');
}

export function expiredNoticeCard(watch: Watch): AdaptiveCard {
  const t = watchTextsWith(watch.locale, watchStrings);
  const days = Math.max(1, Math.round((watch.expiresAt - watch.createdAt) / 86_400_000));
  return noticeCard(
    fmt(t.noticeTitle, { order: watch.orderId, customer: watch.customerName }),
    [fmt(t.expired, { order: watch.orderId, customer: watch.customerName, days: String(days) })],
    [
      {
        title: t.details,
        data: runAction({ kind: 'order', customer: watch.customerId, orderId: watch.orderId }),
      },
    ],
  );
}

/** The notices as the poller asks for them (src/watch/notices.ts). */
export const watchNotices: WatchNotices = { change: changeNoticeCard, expired: expiredNoticeCard };
