// Checks an Adaptive Card the way a 1.5 host would read it, in Node without a DOM, using the adaptivecards
// library's UMD build (its package main is ES modules). Usable from any test: expectValidCard(card).

import type * as AdaptiveCardsTypes from 'adaptivecards';
import { MAX_CARD_BYTES } from '../../src/cards';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsTypes;

/**
 * What is wrong with a card, one line per problem; empty when the card is valid. `version`: the card's own, as
 * its host takes it (Teams renders 1.5; unfurled links take 1.3 and earlier).
 */
export function cardProblems(card: unknown, version: '1.5' | '1.3' = '1.5'): string[] {
  if (!card || typeof card !== 'object' || Array.isArray(card)) return ['not a JSON object'];
  const json = JSON.stringify(card);
  const problems: string[] = [];
  const root = card as Record<string, unknown>;
  if (root.type !== 'AdaptiveCard') problems.push(`type is ${String(root.type)}, not AdaptiveCard`);
  if (root.version !== version)
    problems.push(`version is ${String(root.version)}, not ${version} (what its Teams host renders)`);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`${bytes} bytes, more than MAX_CARD_BYTES (${MAX_CARD_BYTES})`);
  // Button data is the bot's own payload, never shown: a typed `${` there is not a template left over.
  const shown = JSON.stringify(card, (key, value: unknown) => (key === 'data' ? undefined : value));
  const unresolved = shown.indexOf('${');
  if (unresolved >= 0) problems.push(`unresolved binding near: ${shown.slice(unresolved, unresolved + 60)}`);

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(version === '1.3' ? AC.Versions.v1_3 : AC.Versions.v1_5);
  parsed.parse(JSON.parse(json), context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (event.event !== AC.ValidationEvent.Hint)
      problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    if (event.event !== AC.ValidationEvent.Hint)
      problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  walk(JSON.parse(json), '$', problems);
  return problems;
}

/** Fails the test with every problem of the card (see cardProblems). */
export function expectValidCard(card: unknown, version: '1.5' | '1.3' = '1.5'): void {
  expect(cardProblems(card, version)).toEqual([]);
}

// What the library accepts but a user would see as a defect: empty text, untitled buttons.
function walk(node: unknown, path: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, problems));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && (typeof element.text !== 'string' || element.text.trim() === '')) {
    problems.push(`${path}: TextBlock without text`);
  }
  for (const [key, value] of Object.entries(element)) {
    if (key === 'data') continue;
    if (key === 'actions' && Array.isArray(value)) {
      value.forEach((action: Record<string, unknown>, i) => {
        if (typeof action?.title !== 'string' || action.title.trim() === '') {
          problems.push(`${path}.actions[${i}]: button without title`);
        }
      });
    }
    walk(value, `${path}.${key}`, problems);
  }
}
