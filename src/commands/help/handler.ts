import type { CommandKind, ParseProblem } from '../command';
import { typeAction } from '../actions';
import type { AnyCommandDefinition } from '../definition';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { pickStrings } from '../../cards/strings';
import { renderProblem } from '../parse/messages';
import { commandReferenceCard } from './card';

/** The help card: the reference of the registered commands, led by what was wrong with a text, if anything. */
export function helpOutcome(
  registered: readonly AnyCommandDefinition[],
  env: CommandEnv,
  problem?: ParseProblem,
  topic?: CommandKind,
): CommandOutcome {
  return {
    command: 'help',
    result: problem ? 'invalid' : 'help',
    card: commandReferenceCard(
      registered,
      {
        // The parser's message in the person's language.
        hint: problem && renderProblem(pickStrings(env.ctx.locale), problem.message),
        suggestion: problem?.suggestion,
        action: typeAction,
        topic: problem?.topic ?? topic,
      },
      { locale: env.ctx.locale },
    ),
  };
}
