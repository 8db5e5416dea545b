import template from '../../cards/progress.json';
import { localizer } from './locale';
import { cardTemplate } from './templates';
import { plainText } from './plain-text';
import { isGuid } from '../partnercenter/guid-format';
import { fmt } from './text';
import type { AdaptiveCard, CardContext } from './types';

export interface ProgressInput {
  /** What is being looked up, in the command's words (its `progress` hook); absent = a general line. */
  title?: string;
  /** The answer will replace this card (channels that update messages) or follow it. */
  replacedInPlace: boolean;
}

export interface ProgressView {
  title: string;
  /** The subtle second line; its TextBlock is left out when false. */
  hasNote: boolean;
  note: string;
}

const render = cardTemplate<ProgressView>(template);
const MAX_TEXT = 80;

/**
 * A command's progress line with what the user typed filled in, made plain and short; undefined (a general
 * line) when a value is missing or the customer is a tenant id (from a click: not worth showing).
 */
export function progressLine(
  template: string,
  values: { customer?: string; orderId?: string },
): string | undefined {
  const entries = Object.entries(values).map(([key, value]) => [key, value?.trim() ?? ''] as const);
  if (entries.some(([key, value]) => value === '' || (key === 'customer' && isGuid(value)))) return undefined;
  return fmt(template, Object.fromEntries(entries.map(([key, value]) => [key, plainText(value, MAX_TEXT)])));
}

/** "Looking up the orders of Contoso…": the first reply when the answer takes a few seconds. */
export function progressCard(input: ProgressInput, ctx: CardContext): AdaptiveCard {
  const { s } = localizer(ctx.locale);
  return render({
    title: input.title ?? s.progress.general,
    hasNote: true,
    note: input.replacedInPlace ? s.progress.replaced : s.progress.follows,
  });
}
