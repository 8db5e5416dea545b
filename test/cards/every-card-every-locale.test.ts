// Issue 21 (4): every card, in every language, read as a native speaker would, with the sandbox's data. The
// cards are found generically (every command's help examples and buttons, every card of no command: see
// every-card/catalogue.ts) and every template in cards/ must have been drawn in each language. A card fails on
// an English word outside the small allow list (every-card/checks.ts says what is exempt), ASCII punctuation
// or stray spaces in Chinese, a raw ISO date, a placeholder left unfilled, or a heading or button that starts
// lower-case like command text.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expansions } from '../../src/cards/templates';
import {
  commandCards,
  composeCards,
  digestPosts,
  otherCards,
  type RenderedCard,
} from './every-card/catalogue';
import {
  chineseProblems,
  commandWords,
  DataWords,
  englishVocabulary,
  englishWords,
  latinWords,
  missingKey,
  ownText,
  rawDate,
  shownTexts,
  startsLowerCase,
} from './every-card/checks';
import { cardWorld, type CardWorld } from './every-card/world';
import { CHECKOUT } from '../support/checkout';

/** Activity locales, one per language the bot writes (regional tags, as Teams sends them). */
const LOCALES = ['en-US', 'pt-BR', 'zh-CN', 'it-IT'] as const;
type ActivityLocale = (typeof LOCALES)[number];

const TEMPLATES_DIR = path.join(CHECKOUT, 'cards');
const templates = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'));

let world: CardWorld;
const rendered = new Map<ActivityLocale, RenderedCard[]>();
const drawn = new Map<ActivityLocale, Set<string>>();
let data: DataWords;
const vocabulary = englishVocabulary();
const commands = commandWords();

beforeAll(async () => {
  world = await cardWorld();
  // Two templates may be the same JSON (watch-answer and watch-notice): drawing it draws both.
  const byJson = new Map<string, string[]>();
  for (const f of templates) {
    const json = JSON.stringify(JSON.parse(readFileSync(path.join(TEMPLATES_DIR, f), 'utf8')));
    byJson.set(json, [...(byJson.get(json) ?? []), f]);
  }
  const observe = expansions.observe;
  for (const locale of LOCALES) {
    const seen = new Set<string>();
    drawn.set(locale, seen);
    expansions.observe = (json, view, card) => {
      observe?.(json, view, card);
      for (const name of byJson.get(JSON.stringify(json)) ?? []) seen.add(name);
    };
    try {
      rendered.set(locale, [
        ...(await commandCards(locale, (extra) => world.env(locale, extra))),
        ...(await composeCards(locale, world.env(locale))),
        ...(await digestPosts(locale, world.env(locale))),
        ...otherCards(locale),
      ]);
    } finally {
      expansions.observe = observe;
    }
  }
  data = new DataWords(world.data);
  for (const word of data.tokens) vocabulary.delete(word);
  // EVERY_CARD_DUMP=<folder>: each language's cards as text, one file each, for a native speaker to read.
  const dump = process.env.EVERY_CARD_DUMP;
  if (dump) {
    mkdirSync(dump, { recursive: true });
    for (const [locale, cards] of rendered)
      writeFileSync(
        path.join(dump, `${locale}.txt`),
        cards.map(({ name, card }) => `## ${name}\n${shownTexts(card).map(asLine).join('\n')}\n`).join('\n'),
      );
  }
}, 240_000);

const asLine = ({ text, role, code }: { text: string; role: string; code: boolean }) =>
  `${role === 'button' ? '[' : ''}${code ? '`' : ''}${text}${code ? '`' : ''}${role === 'button' ? ']' : ''}`;

afterAll(() => world?.close());

/** Each problem once, as "card: what → the text", so a failure reads as a list of what to fix. */
function problems(locale: ActivityLocale, check: (text: string, role: string) => string[]): string[] {
  const found = new Map<string, string>();
  for (const { name, card } of rendered.get(locale) ?? [])
    for (const shown of shownTexts(card)) {
      const text = ownText(shown);
      if (!text.trim()) continue;
      for (const what of check(text, shown.role)) {
        const key = `${what} → ${shown.text}`;
        if (!found.has(key)) found.set(key, `${name}: ${key}`);
      }
    }
  return [...found.values()];
}

describe.each(LOCALES)('%s', (locale) => {
  it('draws every card template', () => {
    expect(templates.filter((t) => !drawn.get(locale)?.has(t))).toEqual([]);
    expect(rendered.get(locale)!.length).toBeGreaterThan(100);
  });

  it('fills every placeholder', () => {
    expect(problems(locale, (text) => (missingKey(text) ? ['unfilled'] : []))).toEqual([]);
  });

  it('writes dates and times for a reader (Intl), never as ISO', () => {
    expect(problems(locale, (text) => (rawDate(text) ? ['raw date'] : []))).toEqual([]);
  });

  it('starts headings and buttons as a heading, not as lower-case command text', () => {
    expect(
      problems(locale, (text, role) =>
        (role === 'heading' || role === 'button') && startsLowerCase(text, data, commands)
          ? ['lower-case']
          : [],
      ),
    ).toEqual([]);
  });

  if (locale !== 'en-US')
    it('has no English word outside the allow list', () => {
      expect(
        problems(locale, (text) => englishWords(text, locale, vocabulary, data).map((w) => `"${w}"`)),
      ).toEqual([]);
    });

  if (locale === 'zh-CN')
    it('writes Chinese punctuation full-width, with no stray spaces and no Latin words but data', () => {
      expect(
        problems(locale, (text) => [
          ...chineseProblems(text),
          ...latinWords(text, data).map((w) => `Latin word "${w}"`),
        ]),
      ).toEqual([]);
    });

  if (locale === 'it-IT')
    it('writes one kind of apostrophe', () => {
      expect(problems(locale, (text) => (text.includes('’') ? ['typographic apostrophe'] : []))).toEqual([]);
    });
});
