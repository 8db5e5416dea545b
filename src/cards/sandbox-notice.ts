// A registered bot answering from the embedded sandbox (PARTNER_CENTER_SANDBOX=true, for demos) shows real
// people invented customers: every card says so, in one small line above everything else.

import { pickStrings } from './strings';
import type { AdaptiveCard } from './types';

/** A copy of `card` led by the "Sandbox data" line in the user's language; `card` is not changed. */
export function withSandboxNotice(card: AdaptiveCard, locale: string): AdaptiveCard {
  const body: unknown[] = Array.isArray(card.body) ? card.body : [];
  const notice = {
    type: 'TextBlock',
    text: pickStrings(locale).sandboxNotice,
    size: 'Small',
    color: 'Warning',
    isSubtle: true,
    wrap: true,
  };
  return { ...card, body: [notice, ...body] };
}
