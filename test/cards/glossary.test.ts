// Issue 21 (3): the glossary (src/cards/strings/glossary.ts) is applied everywhere. Every string of a language —
// the shared table, every command's strings, the texts the watch, id-lookup and cross-customer cards share — is
// held to it: no word it refuses for that language appears anywhere. The status, provisioning and billing-cycle
// names are its words, fulfilled is never completed's word, and README's table lists it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pickStrings } from '../../src/cards/strings';
import { GLOSSARY, label, TERM_KEYS } from '../../src/cards/strings/glossary';
import { LOCALES, type Locale } from '../../src/commands/definition';
import { COMMANDS } from '../../src/commands/registry';
import { ACROSS_TEXTS } from '../../src/commands/shared/across/texts';
import { ID_LOOKUP_TEXTS } from '../../src/commands/shared/id-lookup/texts';
import { watchTexts } from '../../src/commands/shared/watch/texts';
import { COMPOSE_TEXTS } from '../../src/compose/texts';
import { CHECKOUT } from '../support/checkout';

/** Every string of one language, by where it is. */
function stringsOf(locale: Locale): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, where: string): void => {
    if (typeof node === 'string') out.push([where, node]);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`);
  };
  walk(pickStrings(locale), 'shared');
  for (const c of COMMANDS) walk(c.strings[locale], c.kind);
  walk(ACROSS_TEXTS[locale], 'across');
  walk(ID_LOOKUP_TEXTS[locale], 'id-lookup');
  walk(watchTexts(locale), 'watch-texts');
  walk(COMPOSE_TEXTS[locale], 'compose');
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWord = (word: string) =>
  new RegExp(`${/\p{Script=Han}/u.test(word) ? '' : '(^|[^\\p{L}])'}${escape(word)}`, 'iu');

describe.each(LOCALES)('%s', (locale) => {
  const g = GLOSSARY[locale];

  it('uses none of the words the glossary refuses', () => {
    const refused = TERM_KEYS.flatMap((key) => (g[key].avoid ?? []).map((word) => ({ key, word })));
    const found = stringsOf(locale).flatMap(([where, text]) =>
      refused
        // At the start of a word; anywhere in Chinese, which writes no spaces between words.
        .filter(({ word }) => startsWord(word).test(text))
        .map(({ key, word }) => `${where}: "${word}" for ${key} → ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('names statuses, provisioning and billing cycles with its words', () => {
    const s = pickStrings(locale);
    const asLabel = (key: (typeof TERM_KEYS)[number]) => (locale === 'zh-CN' ? g[key].word : label(g[key]));
    expect(s.statusNames).toMatchObject({
      pending: asLabel('pending'),
      completed: asLabel('completed'),
      cancelled: asLabel('cancelled'),
      active: asLabel('active'),
      suspended: asLabel('suspended'),
    });
    expect(s.provisioningStatuses).toMatchObject({
      fulfilled: asLabel('fulfilled'),
      pending: asLabel('pending'),
      failed: asLabel('failed'),
    });
    expect(s.billingCycles).toMatchObject({
      monthly: asLabel('monthly'),
      annual: asLabel('annual'),
      one_time: asLabel('oneTime'),
      triennial: asLabel('triennial'),
      biennial: asLabel('biennial'),
    });
    // A fulfilled line item is not a completed order.
    expect(s.provisioningStatuses.fulfilled).not.toBe(s.statusNames.completed);
  });

  it('writes a status inside a sentence as the language does there', () => {
    const s = pickStrings(locale);
    expect(Object.keys(s.statusInSentence).sort()).toEqual(Object.keys(s.statusNames).sort());
    if (locale === 'pt-BR' || locale === 'it') {
      expect(s.statusInSentence.pending).toBe(g.pending.word);
      expect(s.statusInSentence.completed).toBe(g.completed.word);
      expect(s.statusInSentence.pending).toBe(s.statusInSentence.pending.toLowerCase());
    }
  });
});

describe("README's glossary", () => {
  const readme = readFileSync(path.join(CHECKOUT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Languages and glossary'));
  const rows = section
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it.each(TERM_KEYS)('lists %s in every language', (key) => {
    const words = (['en', 'pt-BR', 'zh-CN', 'it'] as const).map((l) => GLOSSARY[l][key].word);
    expect(rows.some((cells) => words.every((word, i) => cells[i]?.startsWith(word)))).toBe(true);
  });
});
