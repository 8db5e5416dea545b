// What the bot says in pt-BR, zh-CN and it names its commands in that language: a hint that says "Try: renewals
// next month" to someone who writes Chinese teaches them English. Every string of every command, the shared
// tables and the shared texts of several commands are read for an English command word. Help entries are left
// out: the help card takes their syntax and example from each command's languages.ts.
import { pickStrings, type Locale } from '../../src/cards/strings';
import { LOCALES } from '../../src/commands/definition';
import { COMMANDS } from '../../src/commands/registry';
import { ACROSS_TEXTS } from '../../src/commands/shared/across/texts';
import { ID_LOOKUP_TEXTS } from '../../src/commands/shared/id-lookup/texts';
import { RADAR_TEXTS } from '../../src/commands/shared/radar/texts';

const ENGLISH_COMMAND =
  /\b(for (contoso|<)|orders? for|order \S+ for|subscriptions (for|of)|renewals|windows|watch|unwatch|digests?|pending orders|recent orders|who has|refresh|help)\b/i;

/** Every string under `value`, with where it is; placeholders ({order}) taken out. */
function strings(value: unknown, at: string, out: { at: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ at, text: value.replace(/\{\w+\}/g, '') });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) if (key !== 'help') strings(v, `${at}.${key}`, out);
  return out;
}

describe.each(LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en'))('in %s', (locale) => {
  it('no string names a command in English', () => {
    const all = [
      ...COMMANDS.flatMap((c) => strings(c.strings[locale], c.kind)),
      ...strings(pickStrings(locale), 'cards/strings'),
      ...strings(ID_LOOKUP_TEXTS[locale], 'id-lookup'),
      ...strings(ACROSS_TEXTS[locale], 'across'),
      ...strings(RADAR_TEXTS[locale], 'radar'),
    ];
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter(({ text }) => ENGLISH_COMMAND.test(text))).toEqual([]);
  });
});
