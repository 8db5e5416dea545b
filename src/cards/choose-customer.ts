import template from '../../cards/choose-customer.json';
import { localizer } from './locale';
import type { Strings } from './strings';
import { cardTemplate } from './templates';
import { plainLabel, plainText } from './plain-text';
import { fmt } from './text';
import type { ActionData, AdaptiveCard, CardContext, CustomerRef } from './types';

export interface ChooseCustomerInput {
  query: string;
  /** Best first (the directory ranks them). */
  candidates: CustomerRef[];
  /** How many matched in all, when more than the candidates given ("Showing 10 of 502"). */
  total?: number;
  /** None is more than a close spelling of the query: "Did you mean" rather than "Several customers match". */
  near?: boolean;
  action(customerId: string): ActionData;
}

const MAX_CANDIDATES = 10;

interface ChooseView {
  t: Strings;
  title: string;
  prompt: string;
  candidates: { label: string; data: ActionData }[];
  hasMore: boolean;
  moreText: string;
}

const render = cardTemplate<ChooseView>(template);

/**
 * "Several customers match 'fabrikam'" (or, for close spellings only, "No customer matches 'contsoo'
 * exactly. Did you mean:"): one button per candidate (name and domain), best first, up to 10.
 */
export function chooseCustomerCard(input: ChooseCustomerInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const { s } = l;
  const shown = input.candidates.slice(0, MAX_CANDIDATES);
  const total = Math.max(input.total ?? 0, input.candidates.length);
  const query = plainText(input.query.trim(), 100);
  return render({
    t: s,
    title: fmt(input.near ? s.chooseNearTitle : s.chooseTitle, { query }),
    prompt: input.near ? s.chooseNearPrompt : s.choosePrompt,
    candidates: shown.map((c) => ({
      label: plainLabel(candidateLabel(c, shown), 140),
      data: input.action(c.id),
    })),
    hasMore: total > shown.length,
    moreText: fmt(s.chooseMore, { shown: l.number(shown.length), total: l.number(total) }),
  });
}

/**
 * "Name (domain)". A candidate without a domain whose name another candidate shares shows its tenant id
 * instead, so two customers with exactly the same name can still be told apart.
 */
function candidateLabel(c: CustomerRef, all: readonly CustomerRef[]): string {
  const name = c.name?.trim() || c.id;
  const domain = c.domain?.trim();
  if (domain) return `${name} (${domain})`;
  const shared = all.some((other) => other !== c && other.name?.trim().toLowerCase() === name.toLowerCase());
  return shared && name !== c.id ? `${name} (${c.id})` : name;
}
