// A registered bot answering from the embedded sandbox (PARTNER_CENTER_SANDBOX=true, for demos) shows real
// people invented customers: every card says so, in one small line above everything else. The same kind of
// line says when a card could not be refreshed.

import { localizer } from './locale';
import { pickStrings } from './strings';
import { fmt } from './text';
import type { AdaptiveCard } from './types';

/** A copy of `card` led by the "Sandbox data" line in the user's language; `card` is not changed. */
export function withSandboxNotice(card: AdaptiveCard, locale: string): AdaptiveCard {
  return ledBy(card, pickStrings(locale).sandboxNotice);
}

/** A copy of `card` (the last good one) led by "Could not refresh this card just now…", `ageMs` old. */
export function withRefreshFailedNotice(card: AdaptiveCard, locale: string, ageMs: number): AdaptiveCard {
  const l = localizer(locale);
  return ledBy(card, fmt(l.s.refreshFailedNotice, { ago: l.ago(Math.max(0, ageMs)) }));
}

function ledBy(card: AdaptiveCard, text: string): AdaptiveCard {
  const body: unknown[] = Array.isArray(card.body) ? card.body : [];
  const notice = { type: 'TextBlock', text, size: 'Small', color: 'Warning', isSubtle: true, wrap: true };
  return { ...card, body: [notice, ...body] };
}
