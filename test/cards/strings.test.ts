import { pickStrings, type Strings } from '../../src/cards';
import { en } from '../../src/cards/strings/en';
import { it as italian } from '../../src/cards/strings/it';
import { ptBR } from '../../src/cards/strings/pt-BR';
import { zhCN } from '../../src/cards/strings/zh-CN';

describe('pickStrings', () => {
  it.each([
    ['pt-BR', ptBR],
    ['pt-br', ptBR],
    ['pt_BR', ptBR],
    ['pt', ptBR],
    ['pt-PT', ptBR],
    ['zh-CN', zhCN],
    ['zh-cn', zhCN],
    ['zh-Hans', zhCN],
    ['zh', zhCN],
    ['it-IT', italian],
    ['it', italian],
    ['en-US', en],
    ['en-GB', en],
    ['de-DE', en],
    ['', en],
    [undefined, en],
  ])('%p → its table', (locale, table) => {
    expect(pickStrings(locale)).toBe(table);
  });
});

/** Every string of a table by its path, e.g. "errors.timeout.title" → text. */
function flatten(node: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(path, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      for (const [p, v] of flatten(value, path ? `${path}.${key}` : key)) out.set(p, v);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['pt-BR', ptBR],
  ['zh-CN', zhCN],
  ['it', italian],
])('the %s table', (_name, table: Strings) => {
  const reference = flatten(en);
  const translated = flatten(table);

  it('has every English string, with the same placeholders, none empty', () => {
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [path, text] of reference) {
      const other = translated.get(path)!;
      expect({ path, text: other.trim() !== '' }).toEqual({ path, text: true });
      expect({ path, placeholders: placeholders(other) }).toEqual({ path, placeholders: placeholders(text) });
    }
  });
});
