import { oneOrderPayload, type OneOrderCommand } from '../payload-fields';

export type SubscriptionsCommand = OneOrderCommand<'subscriptions'>;

export const subscriptionsPayload = () => oneOrderPayload('subscriptions');
