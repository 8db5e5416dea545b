// Loaded before every test file (jest.config.js). In the card tests, every card rendered by the compiled
// templates (src/cards/compiled-template.ts) is compared with what adaptivecards-templating gives for the same
// template and view, so the fast path cannot drift from the engine the templates are written for.

import { Template } from 'adaptivecards-templating';
import { expansions } from '../../src/cards/templates';

if (/[\\/]test[\\/](cards|commands)[\\/]/.test(expect.getState().testPath ?? '')) {
  expansions.observe = (json, view, card) => {
    const engine: unknown = new Template(json).expand({ $root: view });
    expect(JSON.parse(JSON.stringify(card))).toEqual(JSON.parse(JSON.stringify(engine)));
  };
}
