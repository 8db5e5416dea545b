// Adaptive Cards for the bot: plain functions from view data to card JSON. Nothing here knows botbuilder;
// the bot wraps a card in an attachment (application/vnd.microsoft.card.adaptive). The cards of the commands
// (orders summary, order detail, subscriptions, help) live with their commands in src/commands/<name>/card.ts;
// this folder holds the shared plumbing (templates, locale, labels, plain text) and the cards of no command.

export type { ActionData, AdaptiveCard, CardContext, CustomerRef, PriceView } from './types';
export { MAX_CARD_BYTES, cardByteSize } from './templates';
export { pickStrings, type Strings } from './strings';
export { errorCard, type ErrorInput, type ErrorKind } from './error';
export { chooseCustomerCard, type ChooseCustomerInput } from './choose-customer';
export { progressCard, type ProgressInput } from './progress';
export { welcomeCard, type WelcomeInput } from './welcome';
