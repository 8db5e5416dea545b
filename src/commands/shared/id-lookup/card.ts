// The short card of an id typed alone that the index could not settle: a title, then sections of lines (TextRuns,
// so ids in them are copied exactly) each followed by its buttons (one a row: several matches, customers).
import template from '../../../../cards/id-lookup.json';
import { plainLabel, plainRun, plainText } from '../../../cards/plain-text';
import { cardTemplate } from '../../../cards/templates';
import type { ActionData, AdaptiveCard } from '../../../cards/types';

export interface IdLookupSection {
  lines: readonly string[];
  buttons?: readonly { title: string; data: ActionData }[];
  /** Links out (Action.OpenUrl), e.g. "Open in Partner Center". */
  links?: readonly { title: string; url: string }[];
}

interface IdLookupView {
  title: string;
  sections: {
    lines: { text: string }[];
    buttons: { title: string; data: ActionData }[];
    links: { title: string; url: string }[];
  }[];
}

const MAX_TITLE = 200;
const MAX_LINE = 400;
const MAX_BUTTON = 120;

const render = cardTemplate<IdLookupView>(template);

export function idLookupCard(title: string, sections: readonly IdLookupSection[]): AdaptiveCard {
  return render({
    title: plainText(title, MAX_TITLE),
    sections: sections
      .filter((section) => section.lines.length > 0)
      .map((section) => ({
        lines: section.lines.map((line) => ({ text: plainRun(line, MAX_LINE) })),
        buttons: (section.buttons ?? []).map((b) => ({
          title: plainLabel(b.title, MAX_BUTTON),
          data: b.data,
        })),
        links: (section.links ?? []).map((link) => ({
          title: plainLabel(link.title, MAX_BUTTON),
          url: link.url,
        })),
      })),
  });
}
