// Adding a command is its folder plus one line in a registry: a command defined only here (fixture/invoices.ts)
// and registered in a set of its own gets the parser, the help card, the Teams menu, click validation and its
// strings in every locale, without any other file knowing it.
import { runAction, typeAction } from '../../src/commands/actions';
import type { Command } from '../../src/commands/command';
import { createCommandSet } from '../../src/commands/command-set';
import type { CommandEnv } from '../../src/commands/deps';
import { LOCALES, stringsFor, type CommandStrings, type Locale } from '../../src/commands/definition';
import { commandReferenceCard } from '../../src/commands/help/card';
import { commandMenu } from '../../src/commands/menu';
import { COMMANDS, REGISTRY } from '../../src/commands/registry';
import { handleSubmit, handleText } from '../../src/commands/run-command';
import { cardTexts } from '../cards/card-fixtures';
import { invoices, invoicesStrings } from './fixture/invoices';

const NOW = new Date('2026-01-15T12:00:00Z');
const withInvoices = createCommandSet([...COMMANDS, invoices]);
const asCommand = (value: unknown) => value as Command;

describe('a command registered in a test', () => {
  it('is parsed, written back, and offered when misspelt', () => {
    const parsed = withInvoices.parse('invoices for Contoso Ltd', NOW);
    expect(parsed).toEqual({ ok: true, command: { kind: 'invoices', customer: 'Contoso Ltd' } });
    expect(withInvoices.format(asCommand({ kind: 'invoices', customer: 'contoso' }))).toBe(
      'invoices for contoso',
    );
    const typo = withInvoices.parse('invoics for contoso', NOW);
    expect(typo.ok ? undefined : typo.problem.suggestion).toBe('invoices for contoso');
    // The other commands are read as before, and the bot's own registry does not know it.
    expect(withInvoices.parse('orders for contoso', NOW).ok).toBe(true);
    expect(REGISTRY.parse('invoices for contoso', NOW).ok).toBe(false);
  });

  it("is read in every language from its languages.ts, and offered in the person's language when misspelt", () => {
    for (const text of ['faturas de Contoso Ltd', 'Contoso Ltd 的发票', 'fatture di Contoso Ltd'])
      expect(withInvoices.parse(text, NOW)).toEqual({
        ok: true,
        command: { kind: 'invoices', customer: 'Contoso Ltd' },
      });
    const typo = withInvoices.parse('fattrue di contoso', NOW, 'it-IT');
    expect(typo.ok ? undefined : typo.problem.suggestion).toBe('fatture di contoso');
    const help = commandReferenceCard(withInvoices.definitions, { action: typeAction }, { locale: 'pt-BR' });
    expect(cardTexts(help)).toEqual(expect.arrayContaining(['faturas de <cliente>']));
  });

  it('is on the help card and in the Teams menu', () => {
    const help = commandReferenceCard(withInvoices.definitions, { action: typeAction }, { locale: 'en-US' });
    expect(cardTexts(help)).toEqual(expect.arrayContaining(['invoices for <customer>']));
    const italian = commandReferenceCard(
      withInvoices.definitions,
      { action: typeAction },
      { locale: 'it-IT' },
    );
    expect(cardTexts(italian).join('\n')).toContain('Le fatture del cliente');
    expect(commandMenu(withInvoices.definitions)).toContainEqual(invoicesStrings.en.menu);
    expect(commandMenu(withInvoices.definitions)).toHaveLength(commandMenu().length + 1);
  });

  it('has its clicks validated by its own payload schema', () => {
    const click = runAction(asCommand({ kind: 'invoices', customer: 'contoso' }));
    expect(withInvoices.readSubmit(click)).toEqual({
      kind: 'command',
      command: { kind: 'invoices', customer: 'contoso' },
    });
    expect(withInvoices.readSubmit(runAction(asCommand({ kind: 'invoices', customer: '..' })))).toEqual({
      kind: 'invalid',
    });
    expect(withInvoices.readSubmit(runAction(asCommand({ kind: 'invoices' })))).toEqual({ kind: 'invalid' });
    expect(REGISTRY.readSubmit(click)).toEqual({ kind: 'invalid' });
  });

  it('is run from a message and from a click by the set the turn carries, and by no other', async () => {
    const env = (commands: typeof REGISTRY): CommandEnv => ({
      commands,
      api: {} as never,
      ctx: { correlationId: 'fixture-turn', locale: 'en-US' },
    });
    expect(await handleText('invoices for contoso', env(withInvoices), NOW)).toMatchObject({
      command: 'invoices',
      result: 'ok',
    });
    const click = runAction(asCommand({ kind: 'invoices', customer: 'contoso' }));
    expect(await handleSubmit(click, env(withInvoices), NOW)).toMatchObject({ command: 'invoices' });
    // The bot's own set answers the same message with help and the same click as a button that no longer works.
    expect(await handleText('invoices for contoso', env(REGISTRY), NOW)).toMatchObject({ command: 'help' });
    expect(await handleSubmit(click, env(REGISTRY), NOW)).toMatchObject({ result: 'invalid' });
  });

  it('answers in every locale from its own strings file, progress line included', () => {
    for (const locale of LOCALES) {
      const s = stringsFor(invoices, locale);
      expect(s).toBe(invoicesStrings[locale]);
      expect(invoices.progress?.({ kind: 'invoices', customer: 'Contoso' }, s)).toContain('Contoso');
    }
    expect(stringsFor(invoices, 'pt-PT').menu.description).toBe('Faturas de um cliente');
    expect(stringsFor(invoices, 'de-DE')).toBe(invoicesStrings.en);
  });

  it('does not compile with a locale missing from its strings', () => {
    // @ts-expect-error 'it' is missing: every command's strings cover every locale.
    const missing: Readonly<Record<Locale, CommandStrings>> = {
      en: invoicesStrings.en,
      'pt-BR': invoicesStrings['pt-BR'],
      'zh-CN': invoicesStrings['zh-CN'],
    };
    expect(Object.keys(missing)).toHaveLength(3);
  });
});
