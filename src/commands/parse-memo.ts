import { LRUCache } from 'lru-cache';
import { languageOf } from '../cards/strings';
import { deepFreeze } from '../state/deep-freeze';
import type { ParseResult } from './command';
import type { CommandSet } from './command-set';

// People repeat the same few commands all day. parseCommand is pure given the text and the UTC day (relative
// dates such as "last 7 days" depend on it), so its answers can be kept; they are frozen because several
// turns share them. The person's language is part of the key: suggestions are written in it. One memo per
// command set (the bot's; a test's own).
const memos = new WeakMap<CommandSet, LRUCache<string, ParseResult>>();

export function parseCommandMemo(
  commands: CommandSet,
  text: string,
  now: Date = new Date(),
  locale?: string,
): ParseResult {
  let memo = memos.get(commands);
  if (!memo) memos.set(commands, (memo = new LRUCache<string, ParseResult>({ max: 1000 })));
  const language = languageOf(locale);
  const key = `${Math.floor(now.getTime() / 86_400_000)}\u0000${language}\u0000${text}`;
  let result = memo.get(key);
  if (!result) {
    result = deepFreeze(commands.parse(text, now, language));
    if (text.length <= 500) memo.set(key, result);
  }
  return result;
}
