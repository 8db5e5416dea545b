// How a message turn's cards reach the conversation: as a reply, in place of the clicked card, or in place of
// the progress card. An update that does not land (429 past its retries, 403, a timeout) never leaves the
// person with nothing or with "Looking up…": the answer is posted instead and the progress card removed.
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards';
import { post, remove, replace, tooLarge, type Delivery } from './replies';

/** Logs a delivery failure; `recovered` when the answer still got through another way. */
export type DeliveryFailure = (error: unknown, message: string, recovered: boolean) => void;

export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** A message, and the short one to send instead if the connector refuses it as too large (413). */
export interface Answer {
  message: Partial<Activity>;
  tooLarge?: () => Partial<Activity>;
}

/** A reply, or the update of `replaceId` (the clicked or progress card); an update that fails is posted instead. */
export async function deliverReply(
  context: TurnContext,
  answer: Answer,
  replaceId: string | undefined,
  onFailure: DeliveryFailure,
): Promise<Delivery> {
  if (replaceId) {
    const replaced = await orShorter(answer, (m) => replace(context, m, replaceId), onFailure);
    if (replaced.ok) return replaced;
    onFailure(replaced.error, 'could not update the card in place; posting instead', true);
  }
  const sent = await orShorter(answer, (m) => post(context, m), onFailure);
  if (!sent.ok) onFailure(sent.error, 'could not send the reply', false);
  return sent;
}

/**
 * The answer in place of the progress card `progressId` when there is one; else, or when the update fails, a
 * new message, and then the progress card is removed. True when the answer reached the connector.
 */
export async function deliverAfterProgress(
  context: TurnContext,
  answer: Answer,
  progressId: string | undefined,
  onFailure: DeliveryFailure,
): Promise<boolean> {
  const sent = await deliverReply(context, answer, progressId, onFailure);
  if (sent.ok && progressId && sent.id !== progressId) {
    const removed = await remove(context, progressId);
    if (!removed.ok) onFailure(removed.error, 'could not remove the progress card', true);
  }
  return sent.ok;
}

/** Sends the answer; refused as too large (413), sends its short card the same way instead. */
async function orShorter(
  answer: Answer,
  send: (message: Partial<Activity>) => Promise<Delivery>,
  onFailure: DeliveryFailure,
): Promise<Delivery> {
  const first = await send(answer.message);
  if (first.ok || !answer.tooLarge || !tooLarge(first.error)) return first;
  onFailure(first.error, 'the connector refused the card as too large; sending the short card', true);
  return send(answer.tooLarge());
}
