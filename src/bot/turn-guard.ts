import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { ThreadPacer } from '../outbound/thread-pacer';
import { installReplyPolicy, replyPolicy, type ReplySettings, type ReplyWindow } from './reply-policy';
import { installPacing, pacingPolicy } from './thread-pacing';
import { setTurnBudget, startTurnBudget, type TurnTiming } from './turn-budget';

const SEND_WINDOW = Symbol('sendWindow');

/**
 * First middleware of every turn: starts the turn's budget (the bot reads it for its deadline) and gives the
 * turn's connector client the reply policy (timeouts, bounded retries inside the reply window) and, in Teams,
 * the thread pacer (Teams' per-thread limits; see thread-pacing.ts).
 */
export function turnGuard(
  timing: TurnTiming,
  reply: ReplySettings,
  logger: Logger,
  pacer?: ThreadPacer,
): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const budget = startTurnBudget(timing);
      setTurnBudget(context, budget);
      const activityId = context.activity.id;
      const window: ReplyWindow = {
        replyDeadline: budget.replyDeadline,
        onRetry: (status, waitMs) =>
          logger.warn({ activityId, status, waitMs }, 'the Bot Connector refused a reply; retrying'),
      };
      context.turnState.set(SEND_WINDOW, window);
      // CloudAdapter makes one connector client per turn, so the policies are this turn's alone.
      const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
      // The shape was checked at start-up (assertConnectorPipeline); a client without it throws here.
      installReplyPolicy(client, replyPolicy(reply, window));
      if (pacer && context.activity.channelId === 'msteams')
        installPacing(client, pacingPolicy(pacer, window));
      try {
        await next();
      } finally {
        // The work has ended too: the turn waits for it until after the deadline (orders-bot.ts).
        budget.end();
      }
    },
  };
}

/**
 * This turn's sends end `ms` from now: no wait for a thread's slot, no retry and no attempt beyond it. For
 * sends whose caller would rather try again later than wait (the watch poller's notices).
 */
export function limitSendWindow(context: TurnContext, ms: number): void {
  const window = context.turnState.get(SEND_WINDOW) as ReplyWindow | undefined;
  if (window) window.replyDeadline = Math.min(window.replyDeadline, Date.now() + ms);
}
