import { statusName } from '../../cards/labels';
import { localizer } from '../../cards/locale';
import { fmt } from '../../cards/text';
import type { AdaptiveCard } from '../../cards/types';
import type { Watch } from '../../state/watch-store';
import { runAction } from '../actions';
import { watchCard } from '../watch/card';
import { watchTexts } from '../watch/texts';

/** This conversation's watches, oldest first, each with Stop watching. */
export function watchesCard(watches: readonly Watch[], locale: string): AdaptiveCard {
  const t = watchTexts(locale);
  const l = localizer(locale);
  return watchCard({
    title: t.listTitle,
    lines: watches.length === 0 ? [t.none] : [],
    rows: [...watches]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((w) => ({
        text: fmt(t.listLine, {
          order: w.orderId,
          customer: w.customerName,
          status: statusName(l.s, w.state.status),
          since: l.dateTime(w.state.since),
        }),
        button: { title: t.stopWatching, data: runAction({ kind: 'unwatch', orderId: w.orderId }) },
      })),
  });
}
