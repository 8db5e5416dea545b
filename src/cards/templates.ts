// Card templates are data (cards/*.json). Each is compiled once, when its card module loads at start-up, into
// plain functions (compiled-template.ts); what the compiled form does not cover is expanded by
// adaptivecards-templating, whose Template is also built once. Templates only bind prepared strings, booleans,
// arrays and action objects.

import { Template } from 'adaptivecards-templating';
import { compileTemplate, Unsupported } from './compiled-template';
import type { AdaptiveCard } from './types';

/** Teams refuses messages over 40 KB; every card stays under this. */
export const MAX_CARD_BYTES = 28 * 1024;

/** UTF-8 length of the card's JSON. */
export function cardByteSize(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Tests watch every expansion here (test/support/card-engine-check.ts compares it with the engine's). */
export const expansions: { observe?: (json: object, view: object, card: AdaptiveCard) => void } = {};

/** A function expanding the template with a view model. */
export function cardTemplate<View extends object>(json: object): (view: View) => AdaptiveCard {
  let template: Template | undefined;
  const engine = (view: View) => (template ??= new Template(json)).expand({ $root: view }) as AdaptiveCard;
  const compiled = compileTemplate(json);
  if (!compiled) template = new Template(json);
  return (view) => {
    let card: AdaptiveCard;
    try {
      card = compiled ? (compiled(view) as AdaptiveCard) : engine(view);
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      card = engine(view);
    }
    expansions.observe?.(json, view, card);
    return card;
  };
}
