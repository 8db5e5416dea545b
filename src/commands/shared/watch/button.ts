import type { ActionData } from '../../../cards/types';
import { watchTexts } from './texts';

/** The view-model fields of a card's Watch button (shown when `show` and watching is offered). */
export function watchButton(
  locale: string,
  show: boolean,
  orderId: string,
  action: ((orderId: string) => ActionData) | undefined,
): { hasWatch: boolean; watchTitle: string; watchData: ActionData } {
  const on = show && action !== undefined;
  return { hasWatch: on, watchTitle: watchTexts(locale).watch, watchData: on ? action(orderId) : {} };
}
