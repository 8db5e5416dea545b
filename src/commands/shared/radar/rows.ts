// What the radar's cards say of a subscription, in the person's language and formats (Intl): when its term ends
// ("in 9 days"), until when it can still be cancelled or reduced ("until Thu 2:00 PM UTC, in 36h"), its term and
// billing, what its next term changes, and the buttons into its order's cards.
import { billingCycleName } from '../../../cards/labels';
import type { Localizer } from '../../../cards/locale';
import { plainText } from '../../../cards/plain-text';
import { fmt } from '../../../cards/text';
import type { ActionData } from '../../../cards/types';
import type { IndexedSubscription, NextTerm } from '../../../index/records';
import type { OpenWindow } from '../../../radar/radar';
import { runAction } from '../../actions';
import { button } from '../across/rows';
import type { RowButton, RowLink } from '../across/card';
import type { RadarTexts } from './texts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MAX_NAME = 80;
const MAX_FORMATS = 64;

const formats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let found = formats.get(key) as F | undefined;
  if (!found) {
    // Locales come from the client: keep the cache bounded whatever they send.
    if (formats.size >= MAX_FORMATS) formats.clear();
    found = make();
    formats.set(key, found);
  }
  return found;
}

/** "today", "tomorrow", "in 9 days", "hoje", "9天后": days from now's day, in the string table's language. */
export function inDaysText(l: Localizer, days: number): string {
  const lang = l.s.lang;
  return cached(`days|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(
    days,
    'day',
  );
}

/** "in 36h", "em 5 h", "45分钟后", "tra 6 giorni": a time ahead, in minutes under an hour, days from 48 hours. */
export function inTimeText(l: Localizer, ms: number): string {
  const lang = l.s.lang;
  const format = cached(
    `time|${lang}`,
    () => new Intl.RelativeTimeFormat(lang, { numeric: 'always', style: 'narrow' }),
  );
  // Rounded down: a window that closes in 23 h 59 min is "in 23h", never later than it is.
  if (ms < HOUR_MS) return format.format(Math.max(1, Math.floor(ms / MINUTE_MS)), 'minute');
  if (ms < 2 * DAY_MS) return format.format(Math.floor(ms / HOUR_MS), 'hour');
  // Days in words ("in 6 days", not "in 6d"): the narrow form of a day is terse in most languages.
  const days = cached(`days-always|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'always' }));
  return days.format(Math.floor(ms / DAY_MS), 'day');
}

/** "Thu 2:00 PM UTC" within the coming six days, else "Jan 22, 2:00 PM UTC" (the weekday would repeat). */
export function closingTimeText(l: Localizer, at: number, now: number): string {
  const near = at - now < 6 * DAY_MS;
  const locale = l.formatLocale;
  const format = cached(
    `${near ? 'weekday' : 'date'}|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...(near ? { weekday: 'short' } : { month: 'short', day: 'numeric' }),
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
      }),
  ) as Intl.DateTimeFormat;
  return `${format.format(at)} UTC`;
}

/** "Can still be cancelled or reduced until Thu 2:00 PM UTC, in 36h", with the refundable licenses if known. */
export function windowText(l: Localizer, texts: RadarTexts, window: OpenWindow, now: number): string {
  const line = fmt(texts.windowUntil, {
    time: closingTimeText(l, window.closes, now),
    in: inTimeText(l, window.closes - now),
  });
  return window.refundable === undefined ? line : `${line} · ${l.count(texts.refundable, window.refundable)}`;
}

/** A billing cycle in the middle of a sentence: lower case where the language has case. */
function cycleWord(l: Localizer, cycle: string): string {
  return billingCycleName(l.s, cycle).toLocaleLowerCase(l.s.lang);
}

/** "1 year term · annual billing", or what of it is known. */
export function termCycleText(l: Localizer, texts: RadarTexts, s: IndexedSubscription): string | undefined {
  const term = s.term ? l.term(s.term) : undefined;
  const cycle = s.cycle ? cycleWord(l, s.cycle) : undefined;
  if (term && cycle) return fmt(texts.termCycle, { term, cycle });
  if (term) return fmt(texts.termOnly, { term });
  return cycle ? fmt(texts.cycleOnly, { cycle }) : undefined;
}

/** "Next term: quantity 60 → 45, product CFQ7TTC0LF8R:0001". */
export function nextTermText(
  l: Localizer,
  texts: RadarTexts,
  s: IndexedSubscription,
  next: NextTerm,
): string {
  const changes: string[] = [];
  if (next.qty !== undefined)
    changes.push(fmt(texts.changeQuantity, { from: l.number(s.qty), to: l.number(next.qty) }));
  if (next.term !== undefined)
    changes.push(fmt(texts.changeTerm, { from: l.term(s.term), to: l.term(next.term) }));
  if (next.cycle !== undefined)
    changes.push(
      fmt(texts.changeCycle, {
        from: s.cycle ? cycleWord(l, s.cycle) : '—',
        to: cycleWord(l, next.cycle),
      }),
    );
  if (next.product !== undefined)
    changes.push(fmt(texts.changeProduct, { to: plainText(next.product, MAX_NAME) }));
  return fmt(texts.nextTerm, { changes: changes.join(l.s.listSeparator) });
}

/** The subscription's name as a heading: its friendly name, else its offer, else its id. */
export function subscriptionName(s: IndexedSubscription): string {
  return plainText(s.name || s.offer || s.id, MAX_NAME);
}

export interface SubscriptionActions {
  /** Its order's subscriptions card, with it first. */
  subscription(s: IndexedSubscription): ActionData;
  /** Its order's card, when the index knows the order. */
  order(s: IndexedSubscription): ActionData | undefined;
  /** Its page in the Partner Center portal, where it is renewed, cancelled or reduced (the bot only reads). */
  portal?(s: IndexedSubscription): string | undefined;
}

/** Subscription, Order when its order is known, and Open in Partner Center when the cloud's portal is. */
export function subscriptionButtons(
  l: Localizer,
  texts: RadarTexts,
  s: IndexedSubscription,
  actions: SubscriptionActions,
): (RowButton | RowLink)[] {
  const buttons: (RowButton | RowLink)[] = [button(texts.subscriptionButton, actions.subscription(s))];
  const order = actions.order(s);
  if (order) buttons.push(button(texts.orderButton, order));
  const url = actions.portal?.(s);
  if (url) buttons.push({ type: 'Action.OpenUrl', title: l.s.openInPartnerCenter, url });
  return buttons;
}

/** Into the subscription (its order's subscriptions card, it first; by its own id when the order is not known) and its order. */
export const subscriptionActions: SubscriptionActions = {
  subscription: (s) =>
    s.order
      ? runAction({ kind: 'subscriptions', customer: s.cust, orderId: s.order, subscriptionId: s.id })
      : runAction({ kind: 'subscriptions', customer: s.cust, orderId: s.id }),
  order: (s) => (s.order ? runAction({ kind: 'order', customer: s.cust, orderId: s.order }) : undefined),
};
