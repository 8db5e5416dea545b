// The digest command's answers (what it did, or why not) and this thread's list of digests with Stop buttons.
import template from '../../../cards/digest-list.json';
import { fitCard } from '../../cards/fit';
import { cardTemplate } from '../../cards/templates';
import { fmt } from '../../cards/text';
import type { ActionData, AdaptiveCard } from '../../cards/types';
import type { Digest } from '../../state/digest-store';
import { runAction } from '../actions';
import { watchAnswerCard } from '../shared/watch/answer-card';
import { lineText, watchTextView, type WatchButton, type WatchTextView } from '../shared/watch/view';
import { tooLargeAnswer } from '../too-large';
import { digestLocalizer } from './texts';
import { hourText, scopeText } from './when';

/** A thread holds a few digests (a cap): the list shows them all. */
export const MAX_DIGESTS_PER_CONVERSATION = 10;

interface DigestRow {
  text: string;
  buttonTitle: string;
  buttonData: ActionData;
}

interface DigestListView extends WatchTextView {
  rows: DigestRow[];
}

const render = cardTemplate<DigestListView>(template);

/** A button to this thread's digests. */
export function listButton(locale: string): WatchButton {
  return { title: digestLocalizer(locale).s.listButton, data: runAction({ kind: 'digest', op: 'list' }) };
}

/** A title, a few lines and buttons (the watch family's answer card). */
export function answerCard(title: string, lines: readonly string[], buttons: readonly WatchButton[] = []) {
  return watchAnswerCard({ title, lines, buttons });
}

/** What one digest is, on one line: "Weekly renewals digest, every Monday at 8:00 AM UTC · Contoso". */
export function digestLine(digest: Digest, locale: string, hourUtc: number): string {
  const l = digestLocalizer(locale);
  const scope = scopeText(digest.customers, l.s.everyCustomer, l.s.listSeparator);
  if (digest.kind === 'windows') return fmt(l.s.listWindows, { scope });
  const line = digest.cadence === 'weekly' ? l.s.listRenewalsWeekly : l.s.listRenewalsDaily;
  return fmt(line, { time: hourText(l, hourUtc), scope });
}

/** This thread's digests, oldest first, each with Stop; `note` first (e.g. "which one?"). */
export function digestsCard(
  digests: readonly Digest[],
  locale: string,
  hourUtc: number,
  note?: string,
): AdaptiveCard {
  const l = digestLocalizer(locale);
  const build = (maxRows: number | undefined) => {
    const shown = [...digests].sort((a, b) => a.createdAt - b.createdAt).slice(0, maxRows);
    const lines = [...(note ? [note] : []), ...(digests.length === 0 ? [l.s.none] : [])];
    if (shown.length < digests.length)
      lines.push(fmt(l.s.trimmedToFit, { shown: l.number(shown.length), total: l.number(digests.length) }));
    return render({
      ...watchTextView(l.s.listTitle, lines),
      rows: shown.map((d) => ({
        ...lineText(digestLine(d, locale, hourUtc)),
        buttonTitle: l.s.stop,
        buttonData: runAction({ kind: 'digest', op: 'stop', id: d.id }),
      })),
    });
  };
  return fitCard(build, MAX_DIGESTS_PER_CONVERSATION, () => tooLargeAnswer('digest', locale));
}
