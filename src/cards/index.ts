// Adaptive Cards for the bot: plain functions from view data to card JSON. Nothing here knows botbuilder;
// the bot wraps a card in an attachment (application/vnd.microsoft.card.adaptive).

export type { ActionData, AdaptiveCard, CardContext, CustomerRef } from './types';
export { MAX_CARD_BYTES, cardByteSize } from './templates';
export { pickStrings, type Strings } from './strings';
export { ordersSummaryCard, type OrderFilters, type OrdersSummaryInput } from './orders-summary';
export { orderDetailCard, type OrderDetailInput } from './order-detail';
export { subscriptionsCard, type SubscriptionsInput } from './subscriptions';
export { helpCard, type HelpExample, type HelpInput } from './help';
export { errorCard, type ErrorInput, type ErrorKind } from './error';
export { chooseCustomerCard, type ChooseCustomerInput } from './choose-customer';
export { progressCard, type ProgressInput } from './progress';
