// Every registered command has every part, in every language: adding a command is a folder, one line in
// registry.ts and its strings, and this test says what is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { helpCard } from '../../src/commands';
import { runAction } from '../../src/commands/actions';
import { LOCALES } from '../../src/commands/definition';
import { commandMenu } from '../../src/commands/menu';
import { formatCommand, parseCommand } from '../../src/commands/parse';
import { verbs } from '../../src/commands/parse';
import { readSubmit } from '../../src/commands/registry';
import { COMMANDS } from '../../src/commands/registry';
import { cardTexts, submitActions } from '../cards/card-fixtures';
import { CHECKOUT } from '../support/checkout';

const NOW = new Date('2026-01-15T12:00:00Z');
const FOLDER_FILES = [
  'index.ts',
  'grammar.ts',
  'languages.ts',
  'payload.ts',
  'handler.ts',
  'card.ts',
  'strings.ts',
];

describe.each(COMMANDS.map((c) => [c.kind, c] as const))('the %s command', (kind, command) => {
  it('is one folder holding its grammar, its words in other languages, payload, handler, card and strings', () => {
    const folder = path.join(CHECKOUT, 'src', 'commands', kind);
    expect(FOLDER_FILES.filter((f) => !existsSync(path.join(folder, f)))).toEqual([]);
  });

  it('has a grammar the parser can use: verbs, typo spellings, and a way to read and write it', () => {
    const { grammar } = command;
    // A hidden command is never offered, not even as a correction: it may read its own words (a lead).
    if (!command.hidden) expect(grammar.verbs.length).toBeGreaterThan(0);
    for (const verb of grammar.verbs) expect({ verb, kind: verbs().get(verb) }).toEqual({ verb, kind });
    if (!command.hidden) expect(grammar.typoTargets.length).toBeGreaterThan(0);
    else expect(grammar.typoTargets).toEqual([]);
    expect(Boolean(grammar.lead) || (Boolean(grammar.shape) && Boolean(grammar.build))).toBe(true);
    expect(typeof grammar.format).toBe('function');
    expect(typeof command.run).toBe('function');
  });

  it.each(LOCALES)('has its help entries and menu entry in %s', (locale) => {
    const en = command.strings.en;
    const strings = command.strings[locale];
    expect(strings.help.length).toBe(en.help.length);
    if (command.hidden) expect(en.help).toEqual([]);
    else expect(en.help.length).toBeGreaterThan(0);
    strings.help.forEach((entry, i) => {
      for (const text of [entry.command, entry.description, entry.example]) expect(text.trim()).not.toBe('');
      // Keywords and examples stay English: that is what the parser reads.
      expect(entry.example).toBe(en.help[i]!.example);
      expect(entry.command.split(' ')[0]).toBe(en.help[i]!.command.split(' ')[0]);
    });
    // The title is what Teams types for the person: words the parser reads as this command in its language.
    if (command.hidden) expect(strings.menu.title).toBe(en.menu.title);
    else {
      const parsed = parseCommand(strings.menu.title);
      expect(parsed.ok ? parsed.command.kind : parsed.problem.topic).toBe(command.kind);
    }
    expect(strings.menu.description.trim()).not.toBe('');
    expect(strings.menu.description.length).toBeLessThanOrEqual(128);
  });

  it('reads every help example as itself, and the button it makes is a valid click that writes back the same', () => {
    for (const { example } of command.strings.en.help) {
      const parsed = parseCommand(example, NOW);
      expect({ example, parsed: parsed.ok && parsed.command.kind }).toEqual({ example, parsed: kind });
      if (!parsed.ok) continue;
      expect(readSubmit(runAction(parsed.command))).toEqual({ kind: 'command', command: parsed.command });
      expect(parseCommand(formatCommand(parsed.command), NOW)).toEqual(parsed);
    }
  });
});

describe('the registry', () => {
  it('gives every verb to one command only', () => {
    const verbs = COMMANDS.flatMap((c) => c.grammar.verbs);
    expect(new Set(verbs).size).toBe(verbs.length);
  });

  it('is what the help card lists, in its order, with a button per example', () => {
    const card = helpCard({ action: (text) => ({ text }) }, { locale: 'en-US' });
    const entries = COMMANDS.flatMap((c) => c.strings.en.help);
    const texts = cardTexts(card);
    expect(texts.filter((t) => entries.some((e) => e.command === t))).toEqual(entries.map((e) => e.command));
    expect(submitActions(card).map((b) => b.data)).toEqual(entries.map((e) => ({ text: e.example })));
  });

  it('is what the Teams menu lists, in English, hidden commands and those kept off the menu left off', () => {
    const listed = COMMANDS.filter((c) => !c.hidden && !c.offMenu);
    expect(listed.length).toBeLessThan(COMMANDS.length);
    expect(commandMenu()).toEqual(listed.map((c) => c.strings.en.menu));
    expect(commandMenu().map((m) => m.title)).not.toContain('cancel');
    // Manifest 1.25 allows 12 commands per list: refresh made room for renewals and windows.
    expect(commandMenu()).toHaveLength(12);
    expect(commandMenu().map((m) => m.title)).toEqual(expect.arrayContaining(['renewals', 'windows']));
    expect(commandMenu().map((m) => m.title)).not.toContain('refresh');
  });

  it('refuses a click naming a command that is not registered', () => {
    expect(readSubmit({ pcbot: 'run', command: { kind: 'invoices', customer: 'contoso' } })).toEqual({
      kind: 'invalid',
    });
    expect(readSubmit({ pcbot: 'run', command: { kind: 'help', topic: 'invoices' } })).toEqual({
      kind: 'invalid',
    });
  });
});
