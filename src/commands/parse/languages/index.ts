// The languages read next to English: adding one is its shared words here (one line), and its words in each
// command's languages.ts (which tsc demands, as it does the command's strings).
import { it } from './it';
import { ptBR } from './pt-BR';
import type { Language, SharedWords } from './types';
import { zhCN } from './zh-CN';

export type { CommandLanguages, CommandWords, Language, Phrases, SharedWords } from './types';

export const SHARED_WORDS: Readonly<Record<Language, SharedWords>> = { 'pt-BR': ptBR, 'zh-CN': zhCN, it };

/** The languages in the order their words are looked up when two spell a word alike. */
export const LANGUAGES = Object.keys(SHARED_WORDS) as Language[];
