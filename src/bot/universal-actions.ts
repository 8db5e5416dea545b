// Universal Actions on msteams: the order card carries `refresh` with Action.Execute, so Teams asks for the
// current card (an `adaptiveCard/action` invoke) when the asker opens it. Web Chat and the Emulator do not
// support Action.Execute, so cards there keep their Action.Submit buttons and no refresh.
import type { ActionData, AdaptiveCard } from '../cards';
import type { Command } from '../commands';
import { refreshCommand, runAction } from '../commands';

export const REFRESH_VERB = 'pcbot.refresh';
/** "Show prices to me" (cards/*.json carry it as it is): answered with that person's priced view. */
export const PRICES_VERB = 'pcbot.prices';
/** Teams waits a few seconds for an invoke's answer: the refreshed card comes from the cache when fresh. */
export const INVOKE_ANSWER_MS = 4_000;

/** The refresh data of a command whose card refreshes itself in Teams (its `refreshWith` hook: order detail). */
export function refreshable(
  command: Command | undefined,
  customerId: string | undefined,
): ActionData | undefined {
  const refresh = refreshCommand(command, customerId);
  return refresh && runAction(refresh);
}

/** The card with a refresh for `userIds` (the asker: others see it as sent, and no invoke per viewer). */
export function withRefresh(card: AdaptiveCard, data: unknown, userIds: readonly string[]): AdaptiveCard {
  return { ...card, refresh: { action: { type: 'Action.Execute', verb: REFRESH_VERB, data }, userIds } };
}
