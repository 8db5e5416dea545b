import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { CHECKOUT } from '../support/checkout';

const CARDS = join(CHECKOUT, 'cards');
const files = readdirSync(CARDS).filter((f) => f.endsWith('.json'));
/** Cards a pasted link unfurls into (src/compose). */
const UNFURLED = new Set(['compose-item.json']);

/** The cards/*.json files that src/ imports, from its source. */
function importedTemplates(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        for (const [, name] of readFileSync(path, 'utf8').matchAll(
          /from '(?:\.\.\/)+cards\/([\w-]+\.json)'/g,
        ))
          found.add(name!);
    }
  };
  walk(join(CHECKOUT, 'src'));
  return [...found].sort();
}

/** Every string in a JSON value, with its key. */
function strings(node: unknown, key = ''): { key: string; value: string }[] {
  if (typeof node === 'string') return [{ key, value: node }];
  if (Array.isArray(node)) return node.flatMap((item) => strings(item, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('card templates (cards/*.json)', () => {
  // Derived from the code: every template a module imports is here, and every file here is imported.
  it('are all there, each used by the code', () => {
    expect(files.sort()).toEqual(importedTemplates());
  });

  it.each(files)('%s is an Adaptive Card 1.5 template (1.3 for what links unfurl into)', (file) => {
    const json = JSON.parse(readFileSync(join(CARDS, file), 'utf8'));
    expect(json).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      // Teams unfurls links into Adaptive Cards 1.3 and earlier only.
      version: UNFURLED.has(file) ? '1.3' : '1.5',
    });
  });

  // Expression functions cost ~0.2 ms per call: templates bind prepared values by plain paths only.
  it.each(files)('%s binds plain paths only, no expression functions or operators', (file) => {
    const json = JSON.parse(readFileSync(join(CARDS, file), 'utf8'));
    for (const { key, value } of strings(json)) {
      for (const [, expression] of value.matchAll(/\$\{([^}]*)\}/g)) {
        expect({ file, key, expression }).toEqual({
          file,
          key,
          expression: expect.stringMatching(/^(\$root\.)?[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/),
        });
      }
      if (key === '$when' || key === '$data' || key === 'data') expect(value).toMatch(/^\$\{[^}]*\}$/);
    }
  });

  it('adaptivecards-templating keeps an object bound by a property that is exactly "${name}"', () => {
    const data = { verb: 'orders', command: { customer: 'c', offset: 10, flags: [true] } };
    const expanded = new Template({ type: 'Action.Submit', title: '${title}', data: '${data}' }).expand({
      $root: { title: 'More', data },
    });
    expect(expanded).toEqual({ type: 'Action.Submit', title: 'More', data });
  });
});
