import template from '../../cards/too-large.json';
import { localizer } from './locale';
import { plainLabel, plainText } from './plain-text';
import { cardTemplate } from './templates';
import { fmt } from './text';
import type { ActionData, AdaptiveCard, CardContext } from './types';

export interface TooLargeInput {
  /** The command whose answer did not fit, as the user types it ("orders"). */
  command: string;
  /** The button that shows this command's help, with the ways to ask for less. */
  helpData: ActionData;
}

interface TooLargeView {
  title: string;
  text: string;
  narrow: string;
  helpTitle: string;
  helpData: ActionData;
}

const render = cardTemplate<TooLargeView>(template);

/** A few hundred bytes that say the answer was too large for Teams and how to ask for less. */
export function tooLargeCard(input: TooLargeInput, ctx: CardContext): AdaptiveCard {
  const { s } = localizer(ctx.locale);
  return render({
    title: fmt(s.tooLargeTitle, { command: plainText(input.command, 40) }),
    text: s.tooLargeText,
    narrow: s.tooLargeNarrow,
    helpTitle: fmt(s.tooLargeHelp, { command: plainLabel(input.command, 40) }),
    helpData: input.helpData,
  });
}
