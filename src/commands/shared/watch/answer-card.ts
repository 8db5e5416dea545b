// The answer of the watch commands (watch, unwatch, a refusal): a title, a few lines, buttons.
import template from '../../../../cards/watch-answer.json';
import { cardTemplate } from '../../../cards/templates';
import type { AdaptiveCard } from '../../../cards/types';
import { watchTextView, type WatchButton, type WatchTextView } from './view';

export interface WatchAnswerInput {
  title: string;
  lines: readonly string[];
  buttons?: readonly WatchButton[];
}

interface WatchAnswerView extends WatchTextView {
  buttons: WatchButton[];
}

const render = cardTemplate<WatchAnswerView>(template);

export function watchAnswerCard(input: WatchAnswerInput): AdaptiveCard {
  return render({ ...watchTextView(input.title, input.lines), buttons: [...(input.buttons ?? [])] });
}
