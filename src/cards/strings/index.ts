import { en, type Strings } from './en';
import { it } from './it';
import { ptBR } from './pt-BR';
import { zhCN } from './zh-CN';

export type { Strings };

/**
 * The locales the bot answers in. Adding a language is one line here (and in TABLES below), plus one strings
 * file per command: every command's strings are typed `Record<Locale, …>`, so a missing one fails `tsc`.
 */
export const LOCALES = ['en', 'pt-BR', 'zh-CN', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

const TABLES: Readonly<Record<Locale, Strings>> = { en, 'pt-BR': ptBR, 'zh-CN': zhCN, it };

const BY_TAG = new Map<string, Locale>(LOCALES.map((l) => [l.toLowerCase(), l]));
const BY_LANGUAGE = new Map<string, Locale>(LOCALES.map((l) => [language(l), l]));

function language(tag: string): string {
  return tag.split('-', 1)[0] ?? '';
}

/** The locale the bot answers in for an activity locale: exact tag, then its language, then English. */
export function languageOf(locale: string | undefined): Locale {
  if (!locale) return 'en';
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  return BY_TAG.get(tag) ?? BY_LANGUAGE.get(language(tag)) ?? 'en';
}

/** The shared string table (words every card uses) for an activity locale. */
export function pickStrings(locale: string | undefined): Strings {
  return TABLES[languageOf(locale)];
}
