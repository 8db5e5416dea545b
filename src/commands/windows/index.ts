import type { CommandDefinition } from '../definition';
import { windowsGrammar } from './grammar';
import { windowsLanguages } from './languages';
import { windowsCommand } from './handler';
import { windowsPayload, type WindowsCommand } from './payload';
import { windowsStrings, type WindowsStrings } from './strings';

/** "windows", "cancellation windows for contoso": windows open now, soonest closing first, from the index. */
export const windows: CommandDefinition<WindowsCommand, WindowsStrings> = {
  kind: 'windows',
  grammar: windowsGrammar,
  languages: windowsLanguages,
  payload: windowsPayload,
  run: windowsCommand,
  strings: windowsStrings,
  progress: (_command, s) => s.progress,
};
