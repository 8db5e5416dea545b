// What the parser says is a code with parameters; the string tables (src/cards/strings, `parseProblems`)
// render it in the person's language. A command's own problems carry their templates from its strings.ts
// (ownProblem). `hint` on a ParseProblem is the English rendering, for logs and tests.
import { languageOf, type Locale } from '../../cards/strings';
import { en, type Strings } from '../../cards/strings/en';
import { fmt, lookup } from '../../cards/text';

export type ProblemCode = keyof Strings['parseProblems'];

/** A parameter is text as the user typed it, or a list of such texts ("a" or "b"). */
export type ProblemParams = Readonly<Record<string, string | readonly string[]>>;

/** A command's own problem templates per locale (the `problems` of its strings.ts). */
export type OwnProblems = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

export interface ProblemMessage {
  code: string;
  params?: ProblemParams;
  /** Present for a command's own problem: where its templates are (else the shared `parseProblems`). */
  own?: OwnProblems;
}

export function problem(code: ProblemCode, params?: ProblemParams): ProblemMessage {
  return params ? { code, params } : { code };
}

/** A problem of one command, with its message from that command's strings (`code` is a key of its `problems`). */
export function ownProblem<P extends Readonly<Record<string, string>>>(
  strings: Readonly<Record<Locale, { problems: P }>>,
  code: keyof P & string,
  params?: ProblemParams,
): ProblemMessage {
  const own: OwnProblems = {
    en: strings.en.problems,
    'pt-BR': strings['pt-BR'].problems,
    'zh-CN': strings['zh-CN'].problems,
    it: strings.it.problems,
  };
  return params ? { code, params, own } : { code, own };
}

function templateOf(s: Strings, message: ProblemMessage): string {
  if (message.own) return message.own[languageOf(s.lang)][message.code] ?? message.own.en[message.code] ?? '';
  return lookup(s.parseProblems, message.code) ?? en.parseProblems[message.code as ProblemCode];
}

/** The message in the table's language; lists are joined with the language's "or". */
export function renderProblem(s: Strings, message: ProblemMessage): string {
  const template = templateOf(s, message);
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    vars[name] =
      typeof value === 'string'
        ? value
        : new Intl.ListFormat(s.lang, { type: 'disjunction' }).format(
            value.map((text) => fmt(s.parseQuote, { text })),
          );
  }
  return fmt(template, vars);
}
