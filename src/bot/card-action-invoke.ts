import type { AdaptiveCardInvokeResponse, InvokeResponse } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards';

/** An `adaptiveCard/action` invoke's value as Teams sends it (a card's refresh, or an Action.Execute button). */
const cardActionValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(200).optional(),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['automatic', 'manual']).optional(),
});

export type CardActionValue = z.infer<typeof cardActionValue>;

/** The invoke's value, or undefined when it is not one (a string, no action, another action type). */
export function readCardAction(value: unknown): CardActionValue | undefined {
  const parsed = cardActionValue.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The answer to a card action: the card that replaces the one shown. */
export function cardResponse(card: AdaptiveCard): InvokeResponse<AdaptiveCardInvokeResponse> {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
  };
}

/** A malformed card action: 400 with the error body Universal Actions define. */
export function badCardAction(): InvokeResponse<AdaptiveCardInvokeResponse> {
  return {
    status: 400,
    body: {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'not an Action.Execute with data' },
    },
  };
}
