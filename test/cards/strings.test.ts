import { pickStrings, type Strings } from '../../src/cards';
import { quantityText, statusCount } from '../../src/cards/common';
import { fmt } from '../../src/cards/text';
import { localizer } from '../../src/cards/locale';
import { en } from '../../src/cards/strings/en';
import { it as italian } from '../../src/cards/strings/it';
import { ptBR } from '../../src/cards/strings/pt-BR';
import { zhCN } from '../../src/cards/strings/zh-CN';
import { LOCALES } from '../../src/commands/definition';
import { orderStrings } from '../../src/commands/order/strings';
import { ordersStrings } from '../../src/commands/orders/strings';
import { COMMANDS } from '../../src/commands/registry';
import { subscriptionsStrings } from '../../src/commands/subscriptions/strings';

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

describe('plurals in every table', () => {
  it.each([
    ['en', en, 1, '1 License'],
    ['pt-BR', ptBR, 0, '0 licenças'],
    ['pt-BR', ptBR, 1, '1 licença'],
    ['it', italian, 2, '2 licenze'],
    ['zh-CN', zhCN, 2, '2 个许可证'],
  ])('%s: %d licenses', (locale, _table, n, expected) => {
    expect(quantityText(localizer(locale), n, 'Licenses')).toBe(expected);
  });

  it('uses the plural for zero in pt-BR ("0 pedidos · 0 pendentes")', () => {
    const l = localizer('pt-BR');
    const own = ordersStrings['pt-BR'].card;
    expect(`${l.count(own.ordersCount, 0)} · ${l.count(own.pendingCount, 0)}`).toBe(
      '0 pedidos · 0 pendentes',
    );
  });

  it('agrees statuses with their count ("2 ativas" assinaturas, "1 sospeso" abbonamento)', () => {
    expect(statusCount(localizer('pt-BR'), 'active', 'Ativa', 2)).toBe('2 ativas');
    expect(statusCount(localizer('it'), 'Suspended', 'Sospeso', 1)).toBe('1 sospeso');
    expect(statusCount(localizer('en'), 'odd', 'Odd', 2)).toBe('2 Odd');
  });

  it('fixes the reported wordings', () => {
    expect(orderStrings['pt-BR'].card.alternateId).toBe('ID alternativo');
    // Agreement: "Preços — Incluídos", "Compras do sistema — Incluídas".
    expect(ordersStrings['pt-BR'].card.pricesIncluded).toBe('Incluídos');
    expect(ordersStrings['pt-BR'].card.systemPurchasesIncluded).toBe('Incluídas');
    expect(ptBR.billingCycles.one_time).toBe('Pagamento único');
    expect(ptBR.statusNames.pouploadcomplete).not.toContain('Upload do PO');
    expect(italian.transactionTypes.userpurchase).toBe('Acquisto utente');
    // Words of one command's cards live in its folder's strings.ts.
    expect(subscriptionsStrings.it.card.subscriptionCreated).toBe('Creato');
    expect(subscriptionsStrings['zh-CN'].card.activeCount.other).not.toMatch(/个有效$/);
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
    // Plural forms other than one/other are the language's own (pt-BR "zero"), so they are not compared.
    const own = /\.(zero|few|many)$/;
    expect([...translated.keys()].filter((k) => !own.test(k)).sort()).toEqual(
      [...reference.keys()].filter((k) => !own.test(k)).sort(),
    );
    for (const [path, text] of reference) {
      if (own.test(path) && !translated.has(path)) continue;
      const other = translated.get(path)!;
      expect({ path, text: other.trim() !== '' }).toEqual({ path, text: true });
      expect({ path, placeholders: placeholders(other) }).toEqual({ path, placeholders: placeholders(text) });
    }
  });
});

// A command's own words (its strings.ts) are held to the same rule as the shared table.
describe.each(COMMANDS.map((c) => [c.kind, c.strings] as const))(
  "the %s command's strings",
  (_kind, strings) => {
    const { help: _help, menu: _menu, ...english } = strings.en;
    const reference = flatten(english);

    it.each(LOCALES.filter((l) => l !== 'en'))(
      'in %s have every English string, same placeholders',
      (locale) => {
        const { help: _h, menu: _m, ...own } = strings[locale];
        const translated = flatten(own);
        const plural = /\.(zero|few|many)$/;
        expect([...translated.keys()].filter((k) => !plural.test(k)).sort()).toEqual(
          [...reference.keys()].filter((k) => !plural.test(k)).sort(),
        );
        for (const [path, text] of reference) {
          // A language's own plural forms need not mirror English's (English "zero": nothing to stop).
          if (plural.test(path) && !translated.has(path)) continue;
          const other = translated.get(path)!;
          expect({ path, text: other.trim() !== '' }).toEqual({ path, text: true });
          expect({ path, placeholders: placeholders(other) }).toEqual({
            path,
            placeholders: placeholders(text),
          });
        }
      },
    );
  },
);

describe('Italian articles before a date or number', () => {
  it.each([
    ['Creato il {date}', '11 feb 2027', "Creato l'11 feb 2027"],
    ['dal {date}', '8 mar 2026', "dall'8 mar 2026"],
    ['fino al {date}', '80', "fino all'80"],
    ['Il {date}', '8 gen', "L'8 gen"],
    ['dal {date}', '18 feb 2026', 'dal 18 feb 2026'],
    ['il {date}', '110', 'il 110'],
    // Only an article the template writes: a value's own words are never touched.
    ['{name}', 'Al 8 Corp', 'Al 8 Corp'],
  ])('%s with %s', (template, value, expected) => {
    expect(fmt(template, { date: value, name: value })).toBe(expected);
  });
});

describe('a name next to Chinese', () => {
  it.each([
    ['{scope}未来 30 天的续订', 'Contoso', 'Contoso 未来 30 天的续订'],
    ['{scope}的取消期', 'Fabrikam Inc', 'Fabrikam Inc 的取消期'],
    ['关注{scope}', 'Contoso', '关注 Contoso'],
    // Already spaced by the table, a Chinese value, a number as Intl writes it, a Latin sentence: unchanged.
    ['订单 {scope} 的', 'Contoso', '订单 Contoso 的'],
    ['{scope}未来', '合同', '合同未来'],
    ['显示的是{scope}的数据', '5分钟前', '显示的是5分钟前的数据'],
    ['Renewals of {scope}', 'Contoso', 'Renewals of Contoso'],
  ])('%s with %s', (template, value, expected) => {
    expect(fmt(template, { scope: value })).toBe(expected);
  });
});
