import { localizer } from '../../cards/locale';
import { localizerWith, type LocalizerWith } from '../../cards/strings/own';
import { digestStrings, type DigestCardStrings } from './strings';

/** The person's localizer with this command's card words in its `s`. */
export function digestLocalizer(locale: string): LocalizerWith<DigestCardStrings> {
  return localizerWith(localizer(locale), digestStrings);
}
