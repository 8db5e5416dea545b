import template from '../../../cards/watch-list.json';
import { statusName } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard } from '../../cards/types';
import type { Watch } from '../../state/watch-store';
import { storedSince } from '../../watch/status-since';
import { runAction } from '../actions';
import { watchTextsWith } from '../shared/watch/texts';
import { watchesStrings } from './strings';
import { lineText, watchTextView, type WatchTextView } from '../shared/watch/view';

interface WatchRow {
  text: string;
  buttonTitle: string;
  buttonData: ActionData;
}

interface WatchListView extends WatchTextView {
  rows: WatchRow[];
}

/** A conversation holds a few watches (a per-person cap): the card shows at most this many. */
export const MAX_WATCH_ROWS = 25;
const render = cardTemplate<WatchListView>(template);

/**
 * This conversation's watches, oldest first, each with Stop watching; `note` first (e.g. "a last copy").
 * `maxRows` shows fewer, so that the card fits Teams' size limit (fitCard), and says so.
 */
export function watchesCard(
  watches: readonly Watch[],
  locale: string,
  { note, maxRows }: { note?: string; maxRows?: number } = {},
): AdaptiveCard {
  const t = watchTextsWith(locale, watchesStrings);
  const l = localizer(locale);
  const shown = Math.max(1, Math.min(MAX_WATCH_ROWS, maxRows ?? MAX_WATCH_ROWS));
  const rows = [...watches]
    .sort((a, b) => a.createdAt - b.createdAt)
    .slice(0, shown)
    .map((w) => ({
      ...lineText(
        fmt(storedSince(w, w.state) === undefined ? t.listLineAtLeast : t.listLine, {
          order: w.orderId,
          customer: w.customerName,
          status: statusName(l.s, w.state.status),
          since: l.dateTime(w.state.since),
        }),
      ),
      buttonTitle: t.stopWatching,
      buttonData: runAction({ kind: 'unwatch', orderId: w.orderId }),
    }));
  const lines = [...(note ? [note] : []), ...(watches.length === 0 ? [t.none] : [])];
  if (shown < MAX_WATCH_ROWS && watches.length > shown)
    lines.push(fmt(l.s.trimmedToFit, { shown: l.number(shown), total: l.number(watches.length) }));
  return render({ ...watchTextView(t.listTitle, lines), rows });
}
