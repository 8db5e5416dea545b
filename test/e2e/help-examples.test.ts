// Issue 10: the help card's examples are what a person tries first. Every example of every command in every
// locale is sent to the real app (sandbox, botbuilder, restify) and must get a real answer: not help, not an
// error, not "which customer?".
import { COMMANDS } from '../../src/commands/registry';
import { LOCALES } from '../../src/commands/definition';
import { pickStrings } from '../../src/cards/strings';
import { cardText, sendToBot } from '../support/emulator';
import { startHarness, stopHarness, type Harness } from '../support/harness';
import { expectValidCard } from '../cards/validate-card';

let e2e: Harness;
beforeAll(async () => {
  e2e = await startHarness();
});
afterAll(() => stopHarness(e2e));

const cases = LOCALES.flatMap((locale) =>
  COMMANDS.flatMap((command) =>
    command.strings[locale].help.map((entry) => ({ locale, kind: command.kind, example: entry.example })),
  ),
);

describe('every help example answers', () => {
  it.each(cases)('$locale: $example', async ({ locale, kind, example }) => {
    const result = await sendToBot(e2e.app.url, e2e.connector, example, { locale });
    expect(result.status).toBe(200);
    expect(result.cards).toHaveLength(1);
    const card = result.cards[0]!;
    expectValidCard(card);
    const text = cardText(card);
    const s = pickStrings(locale);
    for (const { title } of Object.values(s.errors)) expect(text).not.toContain(title);
    expect(text).not.toContain(s.chooseTitle.split('“')[0]!);
    // Only "help" itself may answer with the help card.
    if (kind !== 'help') expect(text).not.toContain(s.helpTitle);
  });
});

describe('a text that is not a command is answered in the person’s language', () => {
  it.each([
    ['pt-BR', 'Não conheço “ordrs”'.replace(/[“”]/g, '"'), 'orders for contoso monthly'],
    ['zh-CN', '我不认识“ordrs”', 'orders for contoso monthly'],
    ['it', 'Non conosco "ordrs"', 'orders for contoso monthly'],
  ])('%s', async (locale, hint, corrected) => {
    const result = await sendToBot(e2e.app.url, e2e.connector, 'ordrs for contoso montly', { locale });
    const text = cardText(result.cards[0]);
    expect(text).toContain(hint);
    expect(text).toContain(corrected);
    expect(text).not.toContain("I don't know");
  });
});
