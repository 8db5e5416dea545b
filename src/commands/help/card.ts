import template from '../../../cards/help.json';
import { localizer } from '../../cards/locale';
import { ownWords } from '../../cards/strings/own';
import { helpStrings } from './strings';
import { plainText } from '../../cards/plain-text';
import { languageOf, type Strings } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { fmt, truncate } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import { stringsFor, type AnyCommandDefinition, type HelpEntry } from '../definition';

export interface HelpExample {
  command: string;
  description: string;
}

export interface HelpInput {
  /** Why the text was not understood, shown as given, e.g. "I didn't understand 'ordrs for contoso'". */
  hint?: string;
  /** A corrected command: "Did you mean: orders for contoso?" with a button that runs it. */
  suggestion?: string;
  /** Narrows the reference to the commands starting with this word ('orders', 'order', 'subscriptions'). */
  topic?: string;
  /** Replaces the built-in command reference. */
  examples?: HelpExample[];
  /** Button data that runs a command text (the commands layer decides the payload). */
  action(text: string): ActionData;
}

const MAX_TEXT = 300;
const MAX_COMMANDS = 12;

interface CommandView {
  command: string;
  description: string;
  hasExample: boolean;
  exampleText: string;
  hasTry: boolean;
  tryData: ActionData;
}

interface HelpView {
  t: Strings;
  title: string;
  hasHint: boolean;
  hintText: string;
  hasSuggestion: boolean;
  suggestionText: string;
  suggestionData: ActionData;
  commands: CommandView[];
}

const render = cardTemplate<HelpView>(template);

/** A help line, with the command it is about (the first word of its English syntax, as topics name it). */
interface ReferenceLine extends HelpEntry {
  topic: string;
}

/**
 * The help lines of `registered` in the person's language: descriptions from each command's strings, the
 * syntax and the example (what "Try it" types) in the words the parser reads in that language (its
 * languages.ts), English ones where a language has none.
 */
function referenceOf(registered: readonly AnyCommandDefinition[], locale: string): ReferenceLine[] {
  const language = languageOf(locale);
  return registered
    .filter((c) => !c.hidden)
    .flatMap((c) => {
      const english = c.strings.en.help;
      const local = language === 'en' ? [] : c.languages[language].help;
      return stringsFor(c, locale).help.map((entry, i) => ({
        ...entry,
        ...(local[i] ? { command: local[i].command, example: local[i].example } : {}),
        topic: english[i]?.command.split(' ', 1)[0] ?? '',
      }));
    });
}

/** What the title calls a command: its name in the person's language. */
function topicName(registered: readonly AnyCommandDefinition[], topic: string, locale: string): string {
  const language = languageOf(locale);
  const command = registered.find((c) => c.kind === topic);
  return language === 'en' || command === undefined ? topic : command.languages[language].name;
}

/**
 * The reference of `commands` (their help entries, in registry order), led by what was not understood and a
 * suggestion when there is one.
 */
export function commandReferenceCard(
  registered: readonly AnyCommandDefinition[],
  input: HelpInput,
  ctx: CardContext,
): AdaptiveCard {
  const s = ownWords(localizer(ctx.locale).s, helpStrings);
  const reference = referenceOf(registered, ctx.locale);
  const { action } = input;
  const asked = input.topic?.trim().toLowerCase();
  const topic = asked && asked !== 'help' ? asked : undefined;
  const suggestion = input.suggestion?.trim() ? truncate(input.suggestion.trim(), MAX_TEXT) : '';

  let commands: CommandView[];
  if (input.examples?.length) {
    commands = input.examples.slice(0, MAX_COMMANDS).map((e) => {
      const runnable = !/[<>[\]]/.test(e.command);
      return {
        command: plainText(e.command, MAX_TEXT),
        description: plainText(e.description, MAX_TEXT),
        hasExample: false,
        exampleText: '',
        hasTry: runnable,
        tryData: runnable ? action(e.command) : {},
      };
    });
  } else {
    const onTopic = topic ? reference.filter((c) => c.topic === topic) : [];
    commands = (onTopic.length > 0 ? onTopic : reference).map((c) => ({
      command: c.command,
      description: c.description,
      hasExample: c.example !== c.command,
      exampleText: fmt(s.example, { example: c.example }),
      hasTry: true,
      tryData: action(c.example),
    }));
  }

  return render({
    t: s,
    title: topic
      ? fmt(s.helpTopicTitle, { topic: plainText(topicName(registered, topic, ctx.locale), 40) })
      : s.helpTitle,
    hasHint: Boolean(input.hint?.trim()),
    hintText: plainText(input.hint?.trim() ?? '', MAX_TEXT),
    hasSuggestion: suggestion !== '',
    suggestionText: fmt(s.didYouMean, { suggestion: plainText(suggestion, MAX_TEXT) }),
    suggestionData: suggestion ? action(suggestion) : {},
    commands,
  });
}
