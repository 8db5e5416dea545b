// Loaded before every test file (jest.config.js). In the card, command and compose tests, every card rendered
// by the compiled templates (src/cards/compiled-template.ts) is compared with what adaptivecards-templating
// gives for the same template and view, so the fast path cannot drift from the engine the templates are
// written for. The engine is loaded only there: requiring it in every suite cost each one a tenth of a second.

if (/[\\/]test[\\/](cards|commands|compose)[\\/]/.test(expect.getState().testPath ?? '')) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Template } = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { expansions } = require('../../src/cards/templates') as typeof import('../../src/cards/templates');
  expansions.observe = (json, view, card) => {
    const engine: unknown = new Template(json).expand({ $root: view });
    expect(JSON.parse(JSON.stringify(card))).toEqual(JSON.parse(JSON.stringify(engine)));
  };
}
