// The refresh answer reuses the two-line progress template (a title and a subtle note): no template of its own.
import template from '../../../cards/progress.json';
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
  const time =
    view.loadedAt === undefined ? '' : new Date(view.loadedAt).toISOString().slice(0, 16).replace('T', ' ');
  return render({
    title: fmt(s.done, { count: view.count.toLocaleString(ctx.locale) }),
    hasNote: true,
    note: fmt(s.note, { time }),
  });
}
