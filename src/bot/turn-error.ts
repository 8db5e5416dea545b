import type { Activity, TurnContext } from 'botbuilder';
import { pickStrings } from '../cards/strings';
import type { Logger } from '../logging/logger';

/**
 * The adapter's catch-all. It never throws: thrown from here an error reaches CloudAdapter (console.error, the
 * message echoed in a 500) or, from a timer, ends the process. It reads the activity once, guarded, because a
 * context whose turn is over is a revoked proxy that throws on any access; then it only logs.
 */
export function turnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    let activity: Pick<Activity, 'id' | 'channelId' | 'locale'> | undefined;
    try {
      const { id, channelId, locale } = context.activity;
      activity = { id, channelId, locale: typeof locale === 'string' ? locale : undefined };
    } catch {
      activity = undefined;
    }
    const activityId = activity?.id;
    try {
      if (!activity) {
        logger.error({ err: error }, 'turn error after the turn ended');
        return;
      }
      logger.error({ err: error, activityId }, 'unhandled turn error');
      if (activity.channelId === 'emulator') {
        await context.sendTraceActivity(
          'OnTurnError',
          String(error),
          'https://www.botframework.com/schemas/error',
          'TurnError',
        );
      }
      // In the person's language, like every card.
      await context.sendActivity(pickStrings(activity.locale).turnErrorApology);
    } catch (sendError) {
      // Typically the very reply that failed (connector down, message too big). Log it and end the turn.
      try {
        logger.error({ err: sendError, activityId }, 'could not send the error message');
      } catch {
        // Nothing is left that could report it.
      }
    }
  };
}
