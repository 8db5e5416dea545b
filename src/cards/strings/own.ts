import type { Strings } from './en';
import type { Localizer } from '../locale';
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

/** A localizer whose `s` carries a command's own words too (formatters shared with `l`). */
export type LocalizerWith<O> = Localizer & { readonly s: Strings & O };

const withWords = new WeakMap<Localizer, WeakMap<object, Localizer>>();

/**
 * `l` with a command's own card words in its `s`, for view-models whose helpers take a localizer. Kept per
 * localizer and command, so the formatters `l` caches are built once, not per card.
 */
export function localizerWith<O extends object>(
  l: Localizer,
  byLocale: Readonly<Record<Locale, { card: O }>>,
): LocalizerWith<O> {
  const s = ownWords(l.s, byLocale);
  let forLocalizer = withWords.get(l);
  if (!forLocalizer) withWords.set(l, (forLocalizer = new WeakMap()));
  let derived = forLocalizer.get(s);
  if (!derived) {
    derived = Object.create(l, { s: { value: s } }) as Localizer;
    forLocalizer.set(s, derived);
  }
  return derived as LocalizerWith<O>;
}
