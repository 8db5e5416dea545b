import { createHash } from 'node:crypto';
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { SeenActivities } from '../state/seen-activities';

/**
 * Answers each activity once. Teams re-sends an activity it has not seen answered after about 15 s; the
 * repeat gets 200 and no reply, so a slow turn is not run (and answered) twice.
 * Invokes are let through: their answer is the HTTP body, which a repeat needs again.
 */
export function answerOnce(seen: SeenActivities, logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { id, channelId, conversation, type } = context.activity;
      if (id && conversation?.id && type !== ActivityTypes.Invoke) {
        let first = true;
        try {
          first = await seen.firstTime(activityKey(channelId, conversation.id, id));
        } catch (err) {
          // The store is down: answering twice is better than not answering.
          logger.warn({ err, activityId: id }, 'could not check for a repeated activity');
        }
        if (!first) {
          logger.info({ activityId: id, channelId }, 'repeated activity ignored');
          return;
        }
      }
      await next();
    },
  };
}

/** Channel, conversation and activity id, hashed: fixed size whatever a client sends, unambiguous. */
function activityKey(channelId: string, conversationId: string, activityId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([channelId, conversationId, activityId]))
    .digest('base64url');
}
