import type { z } from 'zod';

/** A configuration problem, said in one line: start-up prints it instead of a stack trace. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Marks (in `params`) an issue of one variable's own check (fields.ts): its message still lacks the name. */
export const FIELD_PROBLEM = 'fieldProblem';

/** An issue as one sentence: a variable's own check gets the variable's name (the key it sits under) in front. */
export function fieldProblem(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'custom') return issue.message;
  const params: Record<string, unknown> = issue.params ?? {};
  return params[FIELD_PROBLEM]
    ? `${String(issue.path[issue.path.length - 1])} ${issue.message}`
    : issue.message;
}

/** The first problem zod found, as a ConfigError (one is enough to fix; the next run shows the next). */
export function configErrorOf(error: z.ZodError): ConfigError {
  const issue = error.issues[0];
  if (!issue) return new ConfigError('the configuration is not valid');
  // Our own checks make whole sentences (fieldProblem); zod's built-in ones (a value that is not text) name no
  // variable, so the path goes in front.
  const message = issue.code === 'custom' ? fieldProblem(issue) : `${issue.path.join('.')}: ${issue.message}`;
  return new ConfigError(message.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

/**
 * A value as an error message shows it: quoted, control characters and line breaks escaped (so the message
 * stays one line whatever was pasted into the variable), and cut short.
 */
export function quoteForMessage(raw: string, max = 60): string {
  const chars = [...raw];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : raw;
  const escaped = cut.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped.replace(/"/g, '\\"')}"`;
}
