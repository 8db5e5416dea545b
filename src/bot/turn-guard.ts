import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { installReplyPolicy, replyPolicy, type ReplySettings } from './reply-policy';
import { setTurnBudget, startTurnBudget, type TurnTiming } from './turn-budget';

/**
 * First middleware of every turn: starts the turn's budget (the bot reads it for its deadline) and gives the
 * turn's connector client the reply policy (timeouts, bounded retries inside the reply window).
 */
export function turnGuard(timing: TurnTiming, reply: ReplySettings, logger: Logger): Middleware {
  let warned = false;
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const budget = startTurnBudget(timing);
      setTurnBudget(context, budget);
      const activityId = context.activity.id;
      const policy = replyPolicy(reply, {
        replyDeadline: budget.replyDeadline,
        onRetry: (status, waitMs) =>
          logger.warn({ activityId, status, waitMs }, 'the Bot Connector refused a reply; retrying'),
      });
      // CloudAdapter makes one connector client per turn, so the policy is this turn's alone.
      const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
      if (!installReplyPolicy(client, policy) && !warned) {
        warned = true;
        logger.warn(
          "replies use botbuilder's default retry and no timeout: its connector client has changed",
        );
      }
      await next();
    },
  };
}
