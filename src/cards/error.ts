import template from '../../cards/error.json';
import type { TextColor } from './labels';
import { localizer } from './locale';
import type { Strings } from './strings';
import { cardTemplate } from './templates';
import { plainLabel, plainText } from './plain-text';
import { fmt } from './text';
import type { ActionData, AdaptiveCard, CardContext } from './types';

export type ErrorKind = keyof Strings['errors'];

export interface ErrorInput {
  kind: ErrorKind;
  /** A short technical detail (first line only is shown; never a stack trace). */
  detail?: string;
  /** What the user asked for: the customer, order id or reseller that was not found. */
  query?: string;
  closestNames?: string[];
  /** The button data that runs the same request with one of the closest names instead. */
  tryName?: (name: string) => ActionData;
  retryAfterSeconds?: number;
  correlationId?: string;
}

const MAX_TEXT = 200;
const MAX_CLOSEST = 5;

const COLORS: Partial<Record<ErrorKind, TextColor>> = {
  forbidden: 'Attention',
  unauthorized: 'Attention',
  upstream: 'Attention',
  internal: 'Attention',
};

interface ErrorView {
  title: string;
  color: TextColor;
  lines: { text: string }[];
  hasCorrelation: boolean;
  correlationText: string;
  buttons: { title: string; data: ActionData }[];
}

const render = cardTemplate<ErrorView>(template);

/** A friendly title and explanation per kind, and the correlation id support asks for. */
export function errorCard(input: ErrorInput, ctx: CardContext): AdaptiveCard {
  const l = localizer(ctx.locale);
  const { s } = l;
  const message = Object.hasOwn(s.errors, input.kind) ? s.errors[input.kind] : s.errors.internal;
  const query = input.query?.trim() ? plainText(input.query.trim(), MAX_TEXT) : undefined;
  const lines: string[] = [];

  if (query) {
    if (input.kind === 'customerNotFound') lines.push(fmt(s.customerNoMatch, { query }));
    if (input.kind === 'orderNotFound') lines.push(fmt(s.orderNoMatch, { query }));
    if (input.kind === 'resellerNotFound') lines.push(fmt(s.resellerNoMatch, { query }));
  }
  lines.push(message.text);
  const closest = (input.closestNames ?? []).filter((n) => n.trim()).slice(0, MAX_CLOSEST);
  if (closest.length > 0) {
    lines.push(fmt(s.closest, { names: closest.map((n) => plainText(n.trim(), 80)).join(s.listSeparator) }));
  }
  if (input.kind === 'orderNotFound') lines.push(s.ordersDelay);
  const retry = input.retryAfterSeconds;
  if (retry !== undefined && Number.isFinite(retry) && retry > 0)
    lines.push(l.count(s.retryIn, Math.ceil(retry)));
  const detail = input.detail?.trim().split(/\r?\n/, 1)[0];
  if (detail) lines.push(fmt(s.errorDetail, { detail: plainText(detail, MAX_TEXT) }));

  const correlationId = input.correlationId?.trim();
  return render({
    title: message.title,
    color: COLORS[input.kind] ?? 'Warning',
    lines: lines.map((text) => ({ text })),
    hasCorrelation: Boolean(correlationId),
    correlationText: correlationId ? fmt(s.correlation, { id: plainText(correlationId, 100) }) : '',
    // One button per close name: a typo ends one click from the answer, not at a name to retype.
    buttons: input.tryName
      ? closest.map((n) => ({ title: plainLabel(n.trim(), 80), data: input.tryName!(n.trim()) }))
      : [],
  });
}
