// Adding a command is its folder plus one line in a registry: a command defined only here (fixture/renewals.ts)
// and registered in a set of its own gets the parser, the help card, the Teams menu, click validation and its
// strings in every locale, without any other file knowing it.
import { runAction, typeAction } from '../../src/commands/actions';
import type { Command } from '../../src/commands/command';
import { createCommandSet } from '../../src/commands/command-set';
import { LOCALES, stringsFor, type CommandStrings, type Locale } from '../../src/commands/definition';
import { commandReferenceCard } from '../../src/commands/help/card';
import { commandMenu } from '../../src/commands/menu';
import { COMMANDS, REGISTRY } from '../../src/commands/registry';
import { cardTexts } from '../cards/card-fixtures';
import { renewals, renewalsStrings } from './fixture/renewals';

const NOW = new Date('2026-01-15T12:00:00Z');
const withRenewals = createCommandSet([...COMMANDS, renewals]);
const asCommand = (value: unknown) => value as Command;

describe('a command registered in a test', () => {
  it('is parsed, written back, and offered when misspelt', () => {
    const parsed = withRenewals.parse('renewals for Contoso Ltd', NOW);
    expect(parsed).toEqual({ ok: true, command: { kind: 'renewals', customer: 'Contoso Ltd' } });
    expect(withRenewals.format(asCommand({ kind: 'renewals', customer: 'contoso' }))).toBe(
      'renewals for contoso',
    );
    const typo = withRenewals.parse('renewls for contoso', NOW);
    expect(typo.ok ? undefined : typo.problem.suggestion).toBe('renewals for contoso');
    // The other commands are read as before, and the bot's own registry does not know it.
    expect(withRenewals.parse('orders for contoso', NOW).ok).toBe(true);
    expect(REGISTRY.parse('renewals for contoso', NOW).ok).toBe(false);
  });

  it("is read in every language from its languages.ts, and offered in the person's language when misspelt", () => {
    for (const text of ['renovações de Contoso Ltd', 'Contoso Ltd 的续订', 'rinnovi di Contoso Ltd'])
      expect(withRenewals.parse(text, NOW)).toEqual({
        ok: true,
        command: { kind: 'renewals', customer: 'Contoso Ltd' },
      });
    const typo = withRenewals.parse('rinnvoi di contoso', NOW, 'it-IT');
    expect(typo.ok ? undefined : typo.problem.suggestion).toBe('rinnovi di contoso');
    const help = commandReferenceCard(withRenewals.definitions, { action: typeAction }, { locale: 'pt-BR' });
    expect(cardTexts(help)).toEqual(expect.arrayContaining(['renovações de <cliente>']));
  });

  it('is on the help card and in the Teams menu', () => {
    const help = commandReferenceCard(withRenewals.definitions, { action: typeAction }, { locale: 'en-US' });
    expect(cardTexts(help)).toEqual(expect.arrayContaining(['renewals for <customer>']));
    const italian = commandReferenceCard(
      withRenewals.definitions,
      { action: typeAction },
      { locale: 'it-IT' },
    );
    expect(cardTexts(italian).join('\n')).toContain('Sottoscrizioni che si rinnovano');
    expect(commandMenu(withRenewals.definitions)).toContainEqual(renewalsStrings.en.menu);
    expect(commandMenu(withRenewals.definitions)).toHaveLength(commandMenu().length + 1);
  });

  it('has its clicks validated by its own payload schema', () => {
    const click = runAction(asCommand({ kind: 'renewals', customer: 'contoso' }));
    expect(withRenewals.readSubmit(click)).toEqual({
      kind: 'command',
      command: { kind: 'renewals', customer: 'contoso' },
    });
    expect(withRenewals.readSubmit(runAction(asCommand({ kind: 'renewals', customer: '..' })))).toEqual({
      kind: 'invalid',
    });
    expect(withRenewals.readSubmit(runAction(asCommand({ kind: 'renewals' })))).toEqual({ kind: 'invalid' });
    expect(REGISTRY.readSubmit(click)).toEqual({ kind: 'invalid' });
  });

  it('answers in every locale from its own strings file, progress line included', () => {
    for (const locale of LOCALES) {
      const s = stringsFor(renewals, locale);
      expect(s).toBe(renewalsStrings[locale]);
      expect(renewals.progress?.({ kind: 'renewals', customer: 'Contoso' }, s)).toContain('Contoso');
    }
    expect(stringsFor(renewals, 'pt-PT').menu.description).toBe('Assinaturas que renovam em breve');
    expect(stringsFor(renewals, 'de-DE')).toBe(renewalsStrings.en);
  });

  it('does not compile with a locale missing from its strings', () => {
    // @ts-expect-error 'it' is missing: every command's strings cover every locale.
    const missing: Readonly<Record<Locale, CommandStrings>> = {
      en: renewalsStrings.en,
      'pt-BR': renewalsStrings['pt-BR'],
      'zh-CN': renewalsStrings['zh-CN'],
    };
    expect(Object.keys(missing)).toHaveLength(3);
  });
});
