// The layering the README promises, checked on the import statements of every file in src/.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Modules a file loads when it is loaded: `import … from`, `export … from` and `import 'x'`, not `import type`. */
function loadTimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const statements = code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm);
  return [...statements].map((m) => m[1]!);
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(SRC, file),
  imports: loadTimeImports(file).map((spec) =>
    spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec,
  ),
}));

describe('src/', () => {
  it('is read', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.find((f) => f.file === 'app.ts')?.imports).toContain('bot/orders-bot');
  });

  it('loads nothing from dev/ (the sandbox and the chat) when it loads', () => {
    const offending = files.filter((f) =>
      f.imports.some((i) => i.startsWith('../dev') || i.startsWith('dev/')),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });

  it('keeps botbuilder and restify at the edge (src/bot, src/server, and the composition root)', () => {
    const edge = /^(bot|server)\//;
    const offending = files.filter(
      (f) =>
        !edge.test(f.file) &&
        f.file !== 'app.ts' &&
        f.imports.some((i) => /^(botbuilder|botframework-|restify)/.test(i)),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });

  // Imports point one way: server → bot → commands → (partnercenter, cache, state, cards).
  it.each([
    ['cards', ['commands', 'bot', 'server']],
    ['partnercenter', ['commands', 'cards', 'cache', 'state', 'bot', 'server']],
    ['cache', ['commands', 'cards', 'bot', 'server']],
    ['state', ['commands', 'cards', 'bot', 'server']],
    ['commands', ['bot', 'server']],
    ['bot', ['server']],
  ])('src/%s imports nothing from %j', (layer, above) => {
    const offending = files.filter(
      (f) =>
        f.file.startsWith(`${layer}/`) && f.imports.some((i) => above.some((a) => i.startsWith(`${a}/`))),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });
});
