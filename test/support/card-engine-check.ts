// Loaded once in each test worker (jest.config.js). In the card, command and compose tests, every card rendered
// by the compiled templates (src/cards/compiled-template.ts) is compared with what adaptivecards-templating
// gives for the same template and view, so the fast path cannot drift from the engine the templates are
// written for. Other suites skip the comparison: it would double their rendering for no more coverage.

import { expansions } from '../../src/cards/templates';

const CHECKED = /[\\/]test[\\/](cards|commands|compose)[\\/]/;

let engine: typeof import('adaptivecards-templating') | undefined;

expansions.observe = (json, view, card) => {
  if (!CHECKED.test(expect.getState().testPath ?? '')) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('adaptivecards-templating') as typeof import('adaptivecards-templating');
  const expanded: unknown = new engine.Template(json).expand({ $root: view });
  expect(JSON.parse(JSON.stringify(card))).toEqual(JSON.parse(JSON.stringify(expanded)));
};
