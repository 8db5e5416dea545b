import template from '../../cards/progress.json';
import { localizer } from './locale';
import { cardTemplate } from './templates';
import { plainText } from './plain-text';
import { isGuid } from '../partnercenter/guid-format';
import { fmt } from './text';
import type { AdaptiveCard, CardContext } from './types';

export interface ProgressInput {
  /** What is being looked up; absent = a general line. */
  kind?: 'orders' | 'order' | 'subscriptions';
  /** The customer as the user named it. A tenant id (from a click) is not worth showing: a general line. */
  customer?: string;
  orderId?: string;
  /** The answer will replace this card (channels that update messages) or follow it. */
  replacedInPlace: boolean;
}

interface ProgressView {
  title: string;
  note: string;
  /** The template binds plain paths only: whether to show the note is decided here. */
  hasNote: boolean;
}

const render = cardTemplate<ProgressView>(template);
const MAX_TEXT = 80;

/** "Looking up the orders of Contoso…": the first reply when the answer takes a few seconds. */
export function progressCard(input: ProgressInput, ctx: CardContext): AdaptiveCard {
  const { s } = localizer(ctx.locale);
  const customer = input.customer?.trim();
  const orderId = input.orderId?.trim();
  const vars = {
    customer: customer ? plainText(customer, MAX_TEXT) : '',
    orderId: orderId ? plainText(orderId, MAX_TEXT) : '',
  };
  let title = s.progress.general;
  if (customer && !isGuid(customer)) {
    if (input.kind === 'orders') title = fmt(s.progress.orders, vars);
    if (input.kind === 'order' && orderId) title = fmt(s.progress.order, vars);
  }
  if (input.kind === 'subscriptions' && orderId) title = fmt(s.progress.subscriptions, vars);
  return render({
    title,
    note: input.replacedInPlace ? s.progress.replaced : s.progress.follows,
    hasNote: true,
  });
}
