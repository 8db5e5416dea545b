import { createHash } from 'node:crypto';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type Middleware, type TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logging/logger';
import type { SeenActivities } from '../state/seen-activities';

/**
 * Answers each activity once. Teams re-sends an activity it has not seen answered after about 15 s; the
 * repeat gets 200 and no reply, so a slow turn is not run (and answered) twice. An invoke's answer is the HTTP
 * body, which a repeat needs again: a repeated invoke gets the first one's answer without running again (kept
 * in this process for 10 minutes).
 */
export function answerOnce(seen: SeenActivities, logger: Logger): Middleware {
  const invokeAnswers = new LRUCache<string, object>({ max: 1_000, ttl: 10 * 60_000 });
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { id, channelId, conversation, type } = context.activity;
      if (id && conversation?.id && type === ActivityTypes.Invoke) {
        const key = activityKey(channelId, conversation.id, id);
        const known = invokeAnswers.get(key);
        if (known) {
          logger.info({ activityId: id, channelId }, 'repeated invoke answered with its first answer');
          await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: known });
          return;
        }
        await next();
        const answered = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: object } | undefined;
        if (answered?.value) invokeAnswers.set(key, answered.value);
        return;
      }
      if (id && conversation?.id) {
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
