// What the parser says is a code with parameters; the string tables (src/cards/strings, `parseProblems`)
// render it in the person's language. `hint` on a ParseProblem is the English rendering, for logs and tests.
import { en, type Strings } from '../../cards/strings/en';
import { fmt, lookup } from '../../cards/text';

export type ProblemCode = keyof Strings['parseProblems'];

/** A parameter is text as the user typed it, or a list of such texts ("a" or "b"). */
export type ProblemParams = Readonly<Record<string, string | readonly string[]>>;

export interface ProblemMessage {
  code: ProblemCode;
  params?: ProblemParams;
}

export function problem(code: ProblemCode, params?: ProblemParams): ProblemMessage {
  return params ? { code, params } : { code };
}

/** The message in the table's language; lists are joined with the language's "or". */
export function renderProblem(s: Strings, message: ProblemMessage): string {
  const template = lookup(s.parseProblems, message.code) ?? en.parseProblems[message.code];
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
