// The refresh answer reuses the two-line progress template (a title and a subtle note): no template of its own.
import template from '../../../cards/progress.json';
import { localizer } from '../../cards/locale';
import { languageOf } from '../../cards/strings';
import type { ProgressView } from '../../cards/progress';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { AdaptiveCard, CardContext } from '../../cards/types';
import { refreshStrings } from './strings';

const render = cardTemplate<ProgressView>(template);

export interface RefreshView {
  /** Absent: the bot keeps no directory. */
  count?: number;
  loadedAt?: number;
}

export function refreshCard(view: RefreshView, ctx: CardContext): AdaptiveCard {
  const s = refreshStrings[languageOf(ctx.locale)].card;
  if (view.count === undefined) return render({ title: s.unavailable, hasNote: false, note: '' });
  const l = localizer(ctx.locale);
  return render({
    title: fmt(s.done, { count: l.number(view.count) }),
    hasNote: view.loadedAt !== undefined,
    note:
      view.loadedAt === undefined
        ? ''
        : fmt(s.note, { time: l.dateTime(new Date(view.loadedAt).toISOString()) }),
  });
}
