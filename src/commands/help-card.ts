import type { CardContext, AdaptiveCard } from '../cards/types';
import { commandReferenceCard, type HelpInput } from './help/card';
import { COMMANDS } from './registry';

export type { HelpExample, HelpInput } from './help/card';

/** The help card of the registered commands (the welcome card, and help without a command to run it). */
export function helpCard(input: HelpInput, ctx: CardContext): AdaptiveCard {
  return commandReferenceCard(COMMANDS, input, ctx);
}
