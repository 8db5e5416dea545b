// Every language's words in one lookup: the shared words (one file per language) and each command's own (its
// languages.ts), keyed by their phrases. A word may have several senses (Italian "da" is "since" before a
// date and "of" elsewhere); translate.ts picks one by where it stands.
import { closest } from '../../../text/edit-distance';
import type { AnyCommandDefinition } from '../../definition';
import { FILTER_TARGETS } from '../vocabulary';
import { LANGUAGES, SHARED_WORDS } from './index';
import type { Language, Phrases, SharedWords } from './types';

/** Where a phrase comes from, which says when it is read (see SharedWords and CommandWords). */
export type Category =
  | 'command'
  | 'beforeId'
  | 'statuses'
  | 'cycles'
  | 'dates'
  | 'filters'
  | 'names'
  | 'datePrepositions'
  | 'connectors'
  | 'fillers'
  | 'dateGlue'
  | 'possessives'
  | 'postpositions';

/** Phrases read wherever they stand; one of them marks a message as written in its language. */
export const MARKING: ReadonlySet<Category> = new Set(['command', 'statuses', 'cycles', 'dates', 'filters']);

export interface Sense {
  category: Category;
  /** The English words it stands for; `#` is the number in the phrase. Empty: dropped. */
  english: readonly string[];
  language: Language;
  /**
   * A close spelling of an English filter word ("anual", "annual"): in an English message it is that word
   * misspelt (and offered as such), so it is read as this language's only in a message another word marks.
   */
  nearEnglish?: true;
}

export interface Lexicon {
  /** Phrase (its words joined by spaces) → its senses. */
  senses: ReadonlyMap<string, readonly Sense[]>;
  /** First word of a phrase → the lengths of the phrases starting with it, longest first. */
  lengths: ReadonlyMap<string, readonly number[]>;
  /** Italian elided articles and prepositions ("dell'"). */
  elisions: ReadonlySet<string>;
  /** Every word of every phrase. */
  words: ReadonlySet<string>;
  /** Words of the languages written without spaces, to cut out of a text (longest first). */
  unspaced: readonly string[];
  /** Per language, the spellings a misspelt verb is compared with. */
  typoTargets: Readonly<Record<Language, readonly string[]>>;
  /** Per language, the filter words a misspelt word at the edge of a name is compared with. */
  filterTargets: Readonly<Record<Language, readonly string[]>>;
  /** Words read as something else wherever they stand (quote a name that holds one). */
  reserved: ReadonlySet<string>;
  /** Same phrase, same kind of sense, different English (a test keeps this empty). */
  conflicts: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const DIACRITICS = /\p{M}/gu;

/** The phrase without accents ("concluído" → "concluido"), as people often type it. */
export function withoutAccents(phrase: string): string {
  return phrase.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
}

/** The lexicon of the languages, with the words of these commands. */
export function buildLexicon(commands: readonly AnyCommandDefinition[]): Lexicon {
  const senses = new Map<string, Sense[]>();
  const conflicts: string[] = [];
  const add = (phrase: string, english: string, category: Category, language: Language): void => {
    const key = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
    const words = english.trim() === '' ? [] : english.trim().split(/\s+/);
    if (key === english) return;
    const list = senses.get(key) ?? [];
    const same = list.find((s) => s.category === category);
    if (same) {
      if (same.english.join(' ') !== words.join(' '))
        conflicts.push(`${key}: ${same.language} ${same.english.join(' ')} / ${language} ${english}`);
      return;
    }
    const near =
      MARKING.has(category) && category !== 'command' && closest(key, FILTER_TARGETS) !== undefined;
    list.push({ category, english: words, language, ...(near ? { nearEnglish: true as const } : {}) });
    senses.set(key, list);
  };
  const addAll = (phrases: Phrases | undefined, category: Category, language: Language, fold = true) => {
    for (const [phrase, english] of Object.entries(phrases ?? {})) {
      add(phrase, english, category, language);
      // Names (months, weekdays) are listed with their unaccented spellings: "marco" is a name, not March.
      if (fold && withoutAccents(phrase) !== phrase) add(withoutAccents(phrase), english, category, language);
    }
  };
  const typoTargets = {} as Record<Language, string[]>;
  const filterTargets = {} as Record<Language, string[]>;
  for (const language of LANGUAGES) {
    const shared: SharedWords = SHARED_WORDS[language];
    typoTargets[language] = [];
    filterTargets[language] = [...shared.filterTargets];
    for (const command of commands) {
      const words = command.languages[language];
      addAll(words.phrases, 'command', language);
      addAll(words.beforeId, 'beforeId', language);
      typoTargets[language].push(...words.typoTargets);
    }
    addAll(shared.statuses, 'statuses', language);
    addAll(shared.cycles, 'cycles', language);
    addAll(shared.dates, 'dates', language);
    addAll(shared.filters, 'filters', language);
    addAll(shared.names, 'names', language, false);
    addAll(shared.datePrepositions, 'datePrepositions', language);
    addAll(shared.connectors, 'connectors', language);
    addAll(shared.fillers, 'fillers', language);
    for (const word of shared.dateGlue ?? []) add(word, '', 'dateGlue', language);
    for (const word of shared.possessives ?? []) add(word, '', 'possessives', language);
    addAll(shared.postpositions, 'postpositions', language);
  }
  const lengths = new Map<string, number[]>();
  for (const phrase of senses.keys()) {
    const words = phrase.split(' ');
    const list = lengths.get(words[0]!) ?? [];
    if (!list.includes(words.length)) list.push(words.length);
    lengths.set(
      words[0]!,
      list.sort((a, b) => b - a),
    );
  }
  const unspaced = [...senses.keys()]
    .flatMap((phrase) => phrase.split(' '))
    .filter((word, i, all) => HAN.test(word) && all.indexOf(word) === i)
    .sort((a, b) => b.length - a.length);
  const reserved = new Set(
    [...senses.entries()]
      .filter(([phrase, list]) => !phrase.includes(' ') && list.some((s) => MARKING.has(s.category)))
      .map(([phrase]) => phrase),
  );
  return {
    senses,
    lengths,
    elisions: new Set(LANGUAGES.flatMap((l) => SHARED_WORDS[l].elisions ?? [])),
    words: new Set([...senses.keys()].flatMap((phrase) => phrase.split(' '))),
    unspaced,
    typoTargets,
    filterTargets,
    reserved,
    conflicts,
  };
}
