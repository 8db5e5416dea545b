// The small cards of the watch commands and the notices: a title, a few lines, buttons. Built here rather than
// from a template: every line is a prepared plain string.
import { plainText } from '../../cards/plain-text';
import type { ActionData, AdaptiveCard } from '../../cards/types';

export interface WatchCardInput {
  title: string;
  lines: readonly string[];
  /** Rows with their own button (the list of watches). */
  rows?: readonly { text: string; button: { title: string; data: ActionData } }[];
  buttons?: readonly { title: string; data: ActionData }[];
}

const MAX_LINE = 400;
const MAX_ROWS = 25;

export function watchCard(input: WatchCardInput): AdaptiveCard {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: plainText(input.title, 200), weight: 'Bolder', size: 'Medium', wrap: true },
    ...input.lines.map((line) => ({ type: 'TextBlock', text: plainText(line, MAX_LINE), wrap: true })),
    ...(input.rows ?? []).slice(0, MAX_ROWS).map((row) => ({
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'TextBlock', text: plainText(row.text, MAX_LINE), wrap: true }],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [
            {
              type: 'ActionSet',
              actions: [{ type: 'Action.Submit', title: row.button.title, data: row.button.data }],
            },
          ],
        },
      ],
    })),
  ];
  const card: AdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
  };
  if (input.buttons?.length) {
    card.actions = input.buttons.map((b) => ({ type: 'Action.Submit', title: b.title, data: b.data }));
  }
  return card;
}
