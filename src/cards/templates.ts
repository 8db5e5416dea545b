// Card templates are data (cards/*.json). Each Template is parsed once, at start-up, and reused: parsing
// costs milliseconds. Templates only bind prepared strings, booleans, arrays and action objects.

import { Template } from 'adaptivecards-templating';
import type { AdaptiveCard } from './types';

/** Teams refuses messages over 40 KB; every card stays under this. */
export const MAX_CARD_BYTES = 28 * 1024;

/** UTF-8 length of the card's JSON. */
export function cardByteSize(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** A function expanding the template with a view model; the Template is built now, when the card module loads at start-up. */
export function cardTemplate<View extends object>(json: object): (view: View) => AdaptiveCard {
  const template = new Template(json);
  return (view) => template.expand({ $root: view }) as AdaptiveCard;
}
