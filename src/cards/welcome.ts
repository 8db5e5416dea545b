import template from '../../cards/welcome.json';
import { localizer } from './locale';
import { cardTemplate } from './templates';
import { plainText } from './plain-text';
import { fmt } from './text';
import type { ActionData, AdaptiveCard, CardContext } from './types';

export interface WelcomeInput {
  /** The bot's name as the conversation shows it (what people type after @). */
  botName: string;
  /** The button that shows the help card. */
  helpAction: ActionData;
}

interface WelcomeView {
  title: string;
  body: string;
  help: string;
  helpAction: ActionData;
}

const render = cardTemplate<WelcomeView>(template);

/** The one short card a group chat or a team gets when the bot is added (1:1 gets the help card). */
export function welcomeCard(input: WelcomeInput, ctx: CardContext): AdaptiveCard {
  const { s } = localizer(ctx.locale);
  return render({
    title: s.welcome.title,
    body: fmt(s.welcome.body, { bot: plainText(input.botName, 60) }),
    help: s.welcome.help,
    helpAction: input.helpAction,
  });
}
