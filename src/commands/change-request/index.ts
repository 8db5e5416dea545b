import type { CommandDefinition } from '../definition';
import { changeRequestGrammar } from './grammar';
import { changeRequestLanguages } from './languages';
import { changeRequestCommand } from './handler';
import { changeRequestPayload, type ChangeRequestCommand } from './payload';
import { changeRequestStrings, type ChangeRequestStrings } from './strings';

/**
 * "cancel order X", "increase seats for contoso", "price of order X": what the bot does not do (it only reads
 * Partner Center), answered with what it can show instead. Hidden: not on the help card or the Teams menu.
 */
export const changeRequest: CommandDefinition<ChangeRequestCommand, ChangeRequestStrings> = {
  kind: 'change-request',
  grammar: changeRequestGrammar,
  languages: changeRequestLanguages,
  payload: changeRequestPayload,
  run: changeRequestCommand,
  strings: changeRequestStrings,
  hidden: true,
};
