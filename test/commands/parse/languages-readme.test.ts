// README's "Commands in other languages" tables are written from the word tables themselves (each command's
// languages.ts and parse/languages/<tag>.ts): this test fails when they differ, and prints the section to paste.
// `UPDATE_README=1 npx jest test/commands/parse/languages-readme.test.ts` writes it into README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, SHARED_WORDS, type Language, type Phrases } from '../../../src/commands/parse/languages';
import { COMMANDS } from '../../../src/commands/registry';
import { CHECKOUT } from '../../support/checkout';

const README = path.join(CHECKOUT, 'README.md');
const START =
  '<!-- languages:start (written from the word tables: test/commands/parse/languages-readme.test.ts) -->';
const END = '<!-- languages:end -->';
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

type Row = { english: string; words: Record<Language, string[]> };

const show = (phrase: string): string => phrase.replace(/#/g, 'N').replace(/' /g, "'");
const cell = (words: readonly string[]): string =>
  words.length === 0 ? '' : words.map((w) => `\`${show(w)}\``).join(', ');

/** Rows by meaning: the English words, and each language's phrases for them, in the order they are listed. */
function rows(pick: (language: Language) => Phrases | undefined, group?: (english: string) => string): Row[] {
  const byEnglish = new Map<string, Row>();
  for (const language of LANGUAGES) {
    for (const [phrase, english] of Object.entries(pick(language) ?? {})) {
      const meaning = group?.(english) ?? (english === '' ? '(dropped)' : english);
      let row = byEnglish.get(meaning);
      if (!row) {
        row = { english: meaning, words: { 'pt-BR': [], 'zh-CN': [], it: [] } };
        byEnglish.set(meaning, row);
      }
      // Accentless spellings are read too (said once below the tables), and not listed twice.
      const plain = phrase.normalize('NFD').replace(/\p{M}/gu, '');
      if (
        plain === phrase &&
        row.words[language].some((w) => w !== plain && w.normalize('NFD').replace(/\p{M}/gu, '') === plain)
      )
        continue;
      row.words[language].push(phrase);
    }
  }
  return [...byEnglish.values()];
}

function table(title: string, list: readonly Row[], english = true): string {
  const head = `| ${english ? 'English' : 'reads as'} | Português (pt-BR) | 中文 (zh-CN) | Italiano (it) |`;
  const lines = list.map(
    (row) =>
      `| ${row.english.startsWith('(') ? row.english : `\`${show(row.english)}\``} | ${LANGUAGES.map((l) => cell(row.words[l])).join(' | ')} |`,
  );
  return [`**${title}**`, '', head, '|---|---|---|---|', ...lines].join('\n');
}

function section(): string {
  const shared = (key: keyof (typeof SHARED_WORDS)['it']) => (l: Language) =>
    SHARED_WORDS[l][key] as Phrases | undefined;
  const commandRows = COMMANDS.flatMap((command) =>
    rows((l) => ({ ...command.languages[l].phrases, ...command.languages[l].beforeId })),
  );
  const names = rows(shared('names'), (english) =>
    MONTHS.test(english) ? '(month names)' : DAYS.test(english) ? '(day names)' : english,
  );
  const list = (words: (l: Language) => readonly string[] | undefined, english: string): Row => ({
    english,
    words: Object.fromEntries(LANGUAGES.map((l) => [l, [...(words(l) ?? [])]])) as Record<Language, string[]>,
  });
  return [
    table('Commands', commandRows),
    table('Statuses and billing cycles', [...rows(shared('statuses')), ...rows(shared('cycles'))]),
    table('Dates', [
      ...rows(shared('dates')),
      ...rows((l) => ({ ...SHARED_WORDS[l].datePrepositions, ...SHARED_WORDS[l].postpositions })),
      ...names.filter((r) => r.english.startsWith('(')),
      list((l) => SHARED_WORDS[l].dateGlue, '(between day, month and year: dropped)'),
    ]),
    table('Other filters and words', [
      ...rows(shared('filters')),
      ...names.filter((r) => !r.english.startsWith('(')),
    ]),
    table('Connectors, articles and politeness (read only in a message in that language)', [
      ...rows(shared('connectors')),
      list((l) => SHARED_WORDS[l].possessives, '(“A 的 B” is “B for A”)'),
      list((l) => SHARED_WORDS[l].elisions, '(elisions, split off: dell’ordine)'),
      ...rows(shared('fillers')),
    ]),
  ].join('\n\n');
}

describe('README: the words each language understands', () => {
  it('lists the word tables as they are', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n\n${section()}\n\n${END}`;
    const actual = readme.slice(start, end + END.length);
    if (actual !== expected && process.env.UPDATE_README === '1') {
      writeFileSync(README, readme.slice(0, start) + expected + readme.slice(end + END.length));
      return;
    }
    expect(actual).toBe(expected);
  });
});
