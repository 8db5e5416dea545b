// A name means one thing: no two types declared under one name in src/ and dev/, and no two dates.ts.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKOUT } from './support/checkout';

const ROOT = CHECKOUT;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = ['src', 'dev'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

describe('names', () => {
  it('declares each type, interface and class under one name only', () => {
    const where = new Map<string, string[]>();
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/^(?:export\s+)?(?:interface|type|class|enum)\s+([A-Z]\w*)/gm)) {
        where.set(m[1]!, [...(where.get(m[1]!) ?? []), path.relative(ROOT, file)]);
      }
    }
    const twice = [...where].filter(([, at]) => at.length > 1);
    expect(Object.fromEntries(twice)).toEqual({});
    expect(where.has('Asker')).toBe(true);
  });

  it('has no two dates.ts', () => {
    expect(files.filter((f) => path.basename(f) === 'dates.ts')).toHaveLength(1);
  });
});
