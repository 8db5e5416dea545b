import template from '../../cards/choose-customer.json';
import { localizer } from './locale';
import type { Strings } from './strings';
import { cardTemplate } from './templates';
import { plainLabel, plainText } from './plain-text';
import { fmt } from './text';
import type { ActionData, AdaptiveCard, CardContext, CustomerRef } from './types';

export interface ChooseCustomerInput {
  query: string;
  candidates: CustomerRef[];
  action(customerId: string): ActionData;
}

const MAX_CANDIDATES = 10;

interface ChooseView {
  t: Strings;
  title: string;
  candidates: { label: string; data: ActionData }[];
  hasMore: boolean;
  moreText: string;
}

const render = cardTemplate<ChooseView>(template);

/** "Several customers match 'fabrikam'": one button per candidate (name and domain), up to 10. */
export function chooseCustomerCard(input: ChooseCustomerInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const { s } = l;
  const shown = input.candidates.slice(0, MAX_CANDIDATES);
  return render({
    t: s,
    title: fmt(s.chooseTitle, { query: plainText(input.query.trim(), 100) }),
    candidates: shown.map((c) => ({
      label: plainLabel(candidateLabel(c, shown), 140),
      data: input.action(c.id),
    })),
    hasMore: input.candidates.length > shown.length,
    moreText: fmt(s.chooseMore, { shown: l.number(shown.length), total: l.number(input.candidates.length) }),
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
