import type { Command } from './command';

// Card buttons carry the whole query, so a click works on any instance of the bot and after a restart.
// The reserved key tells our payloads apart from anything else a client may submit. (read-submit.ts checks them.)
export const ACTION_KEY = 'pcbot';

/** Button data that runs `command` when clicked. */
export function runAction(command: Command): Record<string, unknown> {
  return { [ACTION_KEY]: 'run', command };
}

/** Button data that behaves as if the user typed `text`. */
export function typeAction(text: string): Record<string, unknown> {
  return { [ACTION_KEY]: 'type', text };
}
