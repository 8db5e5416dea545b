// What every card across customers says it covers, in each language, with Intl's times and numbers.
import { localizer } from '../../../../src/cards/locale';
import { LOCALES } from '../../../../src/commands/definition';
import { coverageText, indexTime, percentText } from '../../../../src/commands/shared/across/coverage';
import { ACROSS_TEXTS, acrossTexts } from '../../../../src/commands/shared/across/texts';
import type { Coverage } from '../../../../src/index/partner-index';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const AT = Date.parse('2026-01-15T10:42:00Z');
const partial: Coverage = {
  asOf: AT,
  customers: 9_812,
  totalCustomers: 10_000,
  firstPass: 0.8799,
  orders: 120_000,
  subscriptions: 200_000,
};
const line = (locale: string, coverage: Coverage, now = NOW) =>
  coverageText(localizer(locale), acrossTexts(locale), coverage, now).replace(/[\u00a0\u202f]/g, ' ');

describe('the coverage line', () => {
  it.each([
    ['en-US', 'Index as of 10:42 AM UTC, 9,812 of 10,000 customers; first pass 87% done'],
    ['en-GB', 'Index as of 10:42 UTC, 9,812 of 10,000 customers; first pass 87% done'],
    ['pt-BR', 'Índice atualizado em 10:42 UTC, 9.812 de 10.000 clientes; primeira leitura 87% concluída'],
    ['zh-CN', '索引截至 UTC 10:42，已读取 9,812 个客户，共 10,000 个；首轮读取已完成 87%'],
    ['it-IT', 'Indice aggiornato: 10:42 UTC, 9812 clienti su 10.000; prima lettura: 87% completata'],
  ])('%s', (locale, expected) => {
    expect(line(locale, partial)).toBe(expected);
  });

  it('gives the date too when the index is from another day, and no share once the first pass is done', () => {
    const done = { ...partial, customers: 10_000, firstPass: 1, firstPassDoneAt: AT };
    expect(line('en-US', done, NOW + 86_400_000)).toBe(
      'Index as of Jan 15, 2026, 10:42 AM UTC, 10,000 of 10,000 customers',
    );
  });

  it('never rounds a pass not done up to 100%', () => {
    expect(percentText(localizer('en-US'), 0.9999)).toBe('99%');
    expect(percentText(localizer('en-US'), 1)).toBe('100%');
  });

  it('says so when no customer has been read whole, only answers people got', () => {
    expect(
      line('en-US', { customers: 0, totalCustomers: 0, firstPass: 0, orders: 3, subscriptions: 0 }),
    ).toBe(acrossTexts('en').answersOnly);
  });

  it('formats the time in UTC whatever the machine', () => {
    expect(indexTime(localizer('en-GB'), Date.parse('2026-01-15T23:59:00Z'), NOW)).toBe('23:59 UTC');
  });
});

describe('the shared words across customers', () => {
  const flat = (value: unknown, path = ''): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as object).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k));
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const english = new Map(flat(ACROSS_TEXTS.en));

  it.each(LOCALES.filter((l) => l !== 'en'))('in %s: every English one, same placeholders', (locale) => {
    const own = new Map(flat(ACROSS_TEXTS[locale]).filter(([path]) => !/\.(zero|few|many)$/.test(path)));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of english) {
      expect({ path, placeholders: placeholders(own.get(path)!) }).toEqual({
        path,
        placeholders: placeholders(text),
      });
      expect(own.get(path)!.trim()).not.toBe('');
    }
  });

  it('in Chinese, with full-width punctuation', () => {
    for (const [path, text] of flat(ACROSS_TEXTS['zh-CN']))
      expect({ path, text }).not.toEqual({
        path,
        text: expect.stringMatching(/[\p{Script=Han}][,:;?!()]|[,:;?!()]\s*[\p{Script=Han}]/u),
      });
  });
});
