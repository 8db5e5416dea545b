// The proactive notices of a watch: a change (what, from what, since when — or "since at least" the watch's
// start when nobody knows —, the subscriptions it created by name and quantity), and the end of a watch that
// expired. Buttons: Details, Stop watching, Open in Partner Center (the order's customer, where the portal is known).
import template from '../../../cards/watch-notice.json';
import { provisioningName, statusInSentence, statusName } from '../../cards/labels';
import { localizer, type Localizer } from '../../cards/locale';
import { cardTemplate } from '../../cards/templates';
import { fmt, truncate } from '../../cards/text';
import type { AdaptiveCard } from '../../cards/types';
import type { PortalLinks } from '../../partnercenter/portal-links';
import type { Watch, WatchState } from '../../state/watch-store';
import type { CreatedSubscription, NoticeFacts, WatchNotices } from '../../watch/notices';

import { runAction } from '../actions';
import { isFinal } from '../../watch/final';
import { provisioningCounts } from '../../watch/provisioning';
import { watchTextsWith } from '../shared/watch/texts';
import { durationText } from './duration';
import { watchStrings, type WatchCardStrings } from './strings';
import { watchTextView, type WatchButton, type WatchTextView } from '../shared/watch/view';

const MAX_SUBSCRIPTIONS = 5;
const MAX_NAME = 120;

interface WatchNoticeView extends WatchTextView {
  buttons: WatchButton[];
  hasPortal: boolean;
  portalTitle: string;
  portalUrl: string;
}

const render = cardTemplate<WatchNoticeView>(template);

function noticeCard(
  watch: Watch,
  title: string,
  lines: readonly string[],
  buttons: WatchButton[],
  portal: PortalLinks | undefined,
): AdaptiveCard {
  // The portal has no page of one order: the link opens what it shows of the order's customer.
  const portalUrl = portal?.order(watch.customerId, watch.orderId);
  return render({
    ...watchTextView(title, lines),
    buttons,
    hasPortal: portalUrl !== undefined,
    portalTitle: localizer(watch.locale).s.openInPartnerCenter,
    portalUrl: portalUrl ?? '',
  });
}

export function changeNoticeCard(
  watch: Watch,
  from: WatchState,
  to: WatchState,
  facts: NoticeFacts,
  portal?: PortalLinks,
): AdaptiveCard {
  const t = watchTextsWith(watch.locale, watchStrings);
  const l = localizer(watch.locale);
  const lines: string[] = [];
  const statusChanged = from.status.toLowerCase() !== to.status.toLowerCase();
  if (statusChanged)
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
  lines.push(sinceText(t, l, statusInSentence(l.s, from.status), statusChanged, facts));
  const ended = isFinal(to.status);
  lines.push(...subscriptionLines(t, l, facts.subscriptions, ended));
  if (ended) lines.push(fmt(t.noticeEnded, { status: statusInSentence(l.s, to.status) }));
  const buttons: WatchButton[] = [
    {
      title: t.details,
      data: runAction({ kind: 'order', customer: watch.customerId, orderId: watch.orderId }),
    },
  ];
  if (!ended)
    buttons.push({ title: t.stopWatching, data: runAction({ kind: 'unwatch', orderId: watch.orderId }) });
  return noticeCard(
    watch,
    fmt(t.noticeTitle, { order: watch.orderId, customer: watch.customerName }),
    lines,
    buttons,
    portal,
  );
}

/**
 * "It was Pending for 3 days, since …" when since when is known; "since at least …, when the watch started"
 * when not (no duration then: it would be made up). Present tense while the status has not changed.
 */
function sinceText(
  t: WatchCardStrings,
  l: Localizer,
  status: string,
  statusChanged: boolean,
  { since, now }: NoticeFacts,
): string {
  const at = l.dateTime(new Date(since.at).toISOString());
  if (!since.known)
    return fmt(statusChanged ? t.noticeWasAtLeast : t.noticeHasBeenAtLeast, { status, since: at });
  return fmt(statusChanged ? t.noticeWasFor : t.noticeHasBeenFor, {
    status,
    since: at,
    duration: durationText(l, now - since.at),
  });
}

/** The subscriptions it created, one line each (name, quantity, id), at most MAX_SUBSCRIPTIONS. */
function subscriptionLines(
  t: WatchCardStrings,
  l: Localizer,
  subscriptions: readonly CreatedSubscription[] | undefined,
  ended: boolean,
): string[] {
  // Unread: a final notice says so (Details shows them); a step of a pending order goes without.
  if (subscriptions === undefined) return ended ? [t.noticeSubscriptionsUnread] : [];
  if (subscriptions.length === 0) return [ended ? t.noticeCreatedNone : t.noticeNoSubscriptions];
  const lines = [fmt(t.noticeSubscriptions, { n: l.number(subscriptions.length) })];
  for (const sub of subscriptions.slice(0, MAX_SUBSCRIPTIONS))
    lines.push(
      fmt(t.noticeSubscription, {
        // The line is a TextRun (not Markdown): the name is shown as it came, cut to a length.
        name: truncate(sub.name, MAX_NAME),
        quantity: sub.quantity === undefined ? '—' : l.number(sub.quantity),
        id: sub.id,
      }),
    );
  if (subscriptions.length > MAX_SUBSCRIPTIONS)
    lines.push(fmt(t.noticeMoreSubscriptions, { n: l.number(subscriptions.length - MAX_SUBSCRIPTIONS) }));
  return lines;
}

/** `fulfilled:1,pending:2` → "Fulfilled 1, Pending 2" ("已履行 1，待处理 2"); one status alone is its name. */
function provisioningText(l: Localizer, summary: string): string {
  const counts = provisioningCounts(summary);
  if (counts.length === 1) return provisioningName(l.s, counts[0]!.status);
  return counts
    .map(({ status, count }) => `${provisioningName(l.s, status)} ${l.number(count)}`)
    .join(l.s.listSeparator);
}

export function expiredNoticeCard(watch: Watch, portal?: PortalLinks): AdaptiveCard {
  const t = watchTextsWith(watch.locale, watchStrings);
  const days = Math.max(1, Math.round((watch.expiresAt - watch.createdAt) / 86_400_000));
  // "1 day", "14 days", "1 giorno", "14 天": the locale's own plural through Intl.
  const duration = durationText(localizer(watch.locale), days * 86_400_000);
  return noticeCard(
    watch,
    fmt(t.expiredTitle, { order: watch.orderId, customer: watch.customerName }),
    [fmt(t.expired, { order: watch.orderId, customer: watch.customerName, duration })],
    [
      {
        title: t.details,
        data: runAction({ kind: 'order', customer: watch.customerId, orderId: watch.orderId }),
      },
    ],
    portal,
  );
}

/** The notices as the poller asks for them (src/watch/notices.ts), with links into the given portal. */
export function watchNotices(portal?: PortalLinks): WatchNotices {
  return {
    change: (watch, from, to, facts) => changeNoticeCard(watch, from, to, facts, portal),
    expired: (watch) => expiredNoticeCard(watch, portal),
  };
}
