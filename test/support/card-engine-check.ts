// Loaded once in each test worker (jest.config.js). In the card, command and compose tests, every card rendered
// by the compiled templates (src/cards/compiled-template.ts) is compared with what adaptivecards-templating
// gives for the same template and view, so the fast path cannot drift from the engine the templates are
// written for. Other suites skip the comparison: it would double their rendering for no more coverage.

import { expansions } from '../../src/cards/templates';

const CHECKED = /[\\/]test[\\/](cards|commands|compose)[\\/]/;

let engine: typeof import('adaptivecards-templating') | undefined;
// A Template parses its expressions once, when made (60 times the cost of an expansion): one per template.
const templates = new WeakMap<object, import('adaptivecards-templating').Template>();

expansions.observe = (json, view, card) => {
  if (!CHECKED.test(expect.getState().testPath ?? '')) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('adaptivecards-templating') as typeof import('adaptivecards-templating');
  let template = templates.get(json);
  if (!template) templates.set(json, (template = new engine.Template(json)));
  const expanded: unknown = template.expand({ $root: view });
  expect(JSON.parse(JSON.stringify(card))).toEqual(JSON.parse(JSON.stringify(expanded)));
};
