import type { Strings } from './en';
import { languageOf, type Locale } from './index';

const merged = new WeakMap<object, object>();

/**
 * A command's own card words (the `card` of its strings.ts) on top of the shared table of the same locale, as
 * the one `t` its template binds and its view-model reads. Built once per locale and kept.
 */
export function ownWords<O extends object>(
  shared: Strings,
  byLocale: Readonly<Record<Locale, { card: O }>>,
): Strings & O {
  const own = byLocale[languageOf(shared.lang)].card;
  let both = merged.get(own) as (Strings & O) | undefined;
  if (!both) {
    both = { ...shared, ...own };
    merged.set(own, both);
  }
  return both;
}
