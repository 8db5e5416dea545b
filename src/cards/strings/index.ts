import { en, type Strings } from './en';
import { it } from './it';
import { ptBR } from './pt-BR';
import { zhCN } from './zh-CN';

export type { Strings };

const BY_TAG = new Map<string, Strings>([
  ['en', en],
  ['pt-br', ptBR],
  ['zh-cn', zhCN],
  ['it', it],
]);

const BY_LANGUAGE = new Map<string, Strings>([
  ['en', en],
  ['pt', ptBR],
  ['zh', zhCN],
  ['it', it],
]);

/** The string table for an activity locale: exact tag, then its language, then English. */
export function pickStrings(locale: string | undefined): Strings {
  if (!locale) return en;
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  return BY_TAG.get(tag) ?? BY_LANGUAGE.get(tag.split('-', 1)[0] ?? '') ?? en;
}
