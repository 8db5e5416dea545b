// The refresh answer reuses the two-line progress template (a title and a subtle note): no template of its own.
import template from '../../../cards/progress.json';
import { pickStrings } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { AdaptiveCard, CardContext } from '../../cards/types';
import type { Locale } from '../definition';
import { refreshCardStrings } from './strings';

const render = cardTemplate<{ title: string; note: string; hasNote: boolean }>(template);
const LOCALE_OF_LANGUAGE: Readonly<Record<string, Locale>> = { en: 'en', pt: 'pt-BR', zh: 'zh-CN', it: 'it' };

export interface RefreshView {
  /** Absent: the bot keeps no directory. */
  count?: number;
  loadedAt?: number;
}

export function refreshCard(view: RefreshView, ctx: CardContext): AdaptiveCard {
  const s = refreshCardStrings[LOCALE_OF_LANGUAGE[pickStrings(ctx.locale).lang] ?? 'en'];
  if (view.count === undefined) return render({ title: s.unavailable, note: '', hasNote: false });
  const time =
    view.loadedAt === undefined ? '' : new Date(view.loadedAt).toISOString().slice(0, 16).replace('T', ' ');
  return render({
    title: fmt(s.done, { count: view.count.toLocaleString(ctx.locale) }),
    note: fmt(s.note, { time }),
    hasNote: true,
  });
}
