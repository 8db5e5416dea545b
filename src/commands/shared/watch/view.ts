// The display strings every watch card shares, made safe here so the templates only bind them.
import { plainRun, plainText } from '../../../cards/plain-text';
import type { ActionData } from '../../../cards/types';

const MAX_TITLE = 200;
const MAX_LINE = 400;

export interface WatchButton {
  title: string;
  data: ActionData;
}

/** A title and lines of plain text: names in them (customers, order ids) come from users and Partner Center. */
export interface WatchTextView {
  title: string;
  lines: { text: string }[];
}

export function watchTextView(title: string, lines: readonly string[]): WatchTextView {
  return { title: plainText(title, MAX_TITLE), lines: lines.map(lineText) };
}

/** A line of a watch card: a TextRun, so the order ids in it are shown and copied exactly (issue 15). */
export function lineText(line: string): { text: string } {
  return { text: plainRun(line, MAX_LINE) };
}
