import { tooLargeCard } from '../cards/too-large';
import type { AdaptiveCard } from '../cards/types';
import { typeAction } from './actions';

/**
 * The short card to deliver instead of `command`'s answer when the connector refuses it as too large (413),
 * or when even one row of its list is over the card size limit. Its button opens "help <command>".
 */
export function tooLargeAnswer(command: string, locale: string): AdaptiveCard {
  return tooLargeCard({ command, helpData: typeAction(`help ${command}`) }, { locale });
}
