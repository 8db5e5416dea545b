// The layering the README promises, checked on the import statements of every file in src/.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CHECKOUT } from './support/checkout';

const SRC = path.join(CHECKOUT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** An import of a file, resolved: `runtime` unless only types are imported (`import type`, `import { type A }`). */
interface Import {
  spec: string;
  runtime: boolean;
}

/** What a file imports, read with the TypeScript parser (so comments and strings never count). */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          !clause.name &&
          named !== undefined &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
      found.push({ spec: node.moduleSpecifier.text, runtime: !onlyTypes });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ spec: node.moduleSpecifier.text, runtime: !node.isTypeOnly });
    }
  }
  return found;
}

/** `bot/orders-bot` for a relative import of src/bot/orders-bot.ts (or of a folder's index.ts); packages as named. */
function resolved(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.resolve(path.dirname(file), spec);
  if (existsSync(`${base}.ts`) || !existsSync(path.join(base, 'index.ts'))) return path.relative(SRC, base);
  return path.relative(SRC, path.join(base, 'index'));
}

const files = sourceFiles(SRC).map((file) => {
  const all = importsOf(file).map((i) => ({ ...i, spec: resolved(file, i.spec) }));
  return {
    file: path.relative(SRC, file),
    /** Modules loaded when this one is loaded. */
    imports: all.filter((i) => i.runtime).map((i) => i.spec),
    /** Everything it names, types included. */
    allImports: all.map((i) => i.spec),
  };
});

/** Runtime import cycles (Tarjan's strongly connected components of the load-time import graph). */
function runtimeCycles(): string[][] {
  const edges = new Map(
    files.map((f) => [f.file.replace(/\.ts$/, ''), f.imports.filter((i) => i.startsWith('.') === false)]),
  );
  let next = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Folders under src/commands that hold one command each (all but the shared machinery's). */
const COMMAND_FOLDERS = readdirSync(path.join(SRC, 'commands'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !['parse', 'shared'].includes(e.name))
  .map((e) => e.name);

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

  it('has no runtime import cycle (each module is complete when another loads it)', () => {
    expect(runtimeCycles()).toEqual([]);
  });

  it('keeps each command folder to itself: it may use commands/shared and the parse engine, not another command', () => {
    expect(COMMAND_FOLDERS).toEqual(expect.arrayContaining(['orders', 'order', 'watch', 'help']));
    const offending = files.flatMap((f) => {
      const own = /^commands\/([^/]+)\//.exec(f.file)?.[1];
      if (own === undefined || !COMMAND_FOLDERS.includes(own)) return [];
      return f.allImports
        .filter((i) => COMMAND_FOLDERS.some((other) => other !== own && i.startsWith(`commands/${other}/`)))
        .map((i) => `${f.file} → ${i}`);
    });
    expect(offending).toEqual([]);
  });

  it('keeps commands/shared free of any command folder', () => {
    const offending = files.filter(
      (f) =>
        f.file.startsWith('commands/shared/') &&
        f.allImports.some((i) => COMMAND_FOLDERS.some((c) => i.startsWith(`commands/${c}/`))),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });

  // Imports point one way: server → bot → compose → commands → (digest, watch, directory, index, partnercenter,
  // cache, state, cards, text).
  it.each([
    [
      'text',
      [
        'commands',
        'cards',
        'partnercenter',
        'cache',
        'state',
        'watch',
        'directory',
        'compose',
        'bot',
        'server',
      ],
    ],
    ['watch', ['commands', 'digest', 'compose', 'bot', 'server']],
    ['digest', ['commands', 'compose', 'bot', 'server']],
    ['directory', ['commands', 'cards', 'compose', 'bot', 'server']],
    ['index', ['commands', 'cards', 'watch', 'digest', 'directory', 'compose', 'bot', 'server']],
    ['radar', ['commands', 'cards', 'watch', 'digest', 'directory', 'compose', 'bot', 'server']],
    ['cards', ['commands', 'compose', 'bot', 'server']],
    ['partnercenter', ['commands', 'cards', 'cache', 'state', 'compose', 'bot', 'server']],
    ['cache', ['commands', 'cards', 'compose', 'bot', 'server']],
    ['state', ['commands', 'cards', 'compose', 'bot', 'server']],
    ['commands', ['compose', 'bot', 'server']],
    ['compose', ['bot', 'server']],
    ['bot', ['server']],
  ])('src/%s imports nothing from %j', (layer, above) => {
    const offending = files.filter(
      (f) =>
        f.file.startsWith(`${layer}/`) && f.imports.some((i) => above.some((a) => i.startsWith(`${a}/`))),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });
});
