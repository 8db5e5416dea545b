// A card template compiled once into plain functions, for the subset of adaptivecards-templating our templates
// use (test/cards/templates.test.ts enforces it): "${path}" values, "text ${path} text" strings, and "$data" /
// "$when" bound to "${path}". The engine evaluates every binding through adaptive-expressions (parsing state,
// memory scopes, path walking), a quarter of a warm orders turn's CPU; this does the same walk directly. It
// mirrors the engine's rules (a "$data" array repeats the element and splices it into the parent array, one
// item gives the object itself, none removes it; "$when" keeps an element only for `true`). Whatever it does not
// cover gives undefined at compile time, or throws Unsupported at expansion (a missing or null value, which the
// engine writes back as "${path}"), and the caller expands with adaptivecards-templating instead.

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const EXACT = /^\$\{((?:\$root\.|\$data\.)?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\}$/;
const PART = /\$\{((?:\$root\.|\$data\.)?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\}/g;
/** Text the engine would read as escapes or as the start of another expression inside an interpolated string. */
const NOT_PLAIN = /[\\`$]/;

interface Scope {
  root: unknown;
  data: unknown;
}
type Compiled = (scope: Scope) => unknown;

/** The engine would not give what this module gives: expand with adaptivecards-templating. */
export class Unsupported extends Error {}

/** A function expanding the template for a root view, or undefined when the template uses more than the subset. */
export function compileTemplate(json: unknown): ((root: object) => unknown) | undefined {
  try {
    const expand = compile(json);
    return (root) => expand({ root, data: root });
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function compile(node: unknown): Compiled {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) return compileArray(node.map(compile));
  if (node !== null && typeof node === 'object') return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileString(text: string): Compiled {
  if (!text.includes('${')) return () => text;
  const exact = EXACT.exec(text);
  if (exact) return getter(exact[1]!);
  const constants = text.split(PART).filter((_, i) => i % 2 === 0);
  if (constants.some((c) => NOT_PLAIN.test(c) || c.includes('{') || c.includes('}'))) throw new Unsupported();
  const parts: (string | Compiled)[] = [];
  let at = 0;
  for (const match of text.matchAll(PART)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(getter(match[1]!));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else {
        const value = part(scope);
        if (typeof value !== 'string' && typeof value !== 'number') throw new Unsupported();
        out += String(value);
      }
    }
    return out;
  };
}

function getter(path: string): Compiled {
  const names = path.split('.');
  const first = names[0];
  const start = first === '$root' || first === '$data' ? 1 : 0;
  const fromRoot = first === '$root';
  return (scope) => {
    let value: unknown = fromRoot ? scope.root : scope.data;
    for (let i = start; i < names.length; i++) {
      if (value === null || value === undefined) break;
      value = (value as Record<string, unknown>)[names[i]!];
    }
    if (value === null || value === undefined) throw new Unsupported();
    return value;
  };
}

function compileArray(items: Compiled[]): Compiled {
  return (scope) => {
    const out: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...(value as unknown[]));
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Compiled {
  const when = binding(node.$when);
  const data = binding(node.$data);
  const fields = Object.keys(node)
    .filter((key) => !RESERVED.has(key))
    .map((key) => [key, compile(node[key])] as const);
  const expandOne = (scope: Scope) => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) out[key] = field(scope);
    return out;
  };
  if (!when && !data) return expandOne;
  return (scope) => {
    const bound = data ? data(scope) : undefined;
    const contexts = bound === undefined ? [undefined] : Array.isArray(bound) ? bound : [bound];
    const out: unknown[] = [];
    for (const context of contexts) {
      const inner = context === undefined ? scope : { root: scope.root, data: context };
      if (when && !isTrue(when, inner)) continue;
      out.push(expandOne(inner));
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** A "$when" or "$data" value: absent, or exactly "${path}". */
function binding(value: unknown): Compiled | undefined {
  if (value === undefined) return undefined;
  const exact = typeof value === 'string' ? EXACT.exec(value) : null;
  if (!exact) throw new Unsupported();
  return getter(exact[1]!);
}

/** The engine keeps an element only when "$when" is the boolean true; missing counts as false. */
function isTrue(when: Compiled, scope: Scope): boolean {
  try {
    return when(scope) === true;
  } catch (err) {
    if (err instanceof Unsupported) return false;
    throw err;
  }
}
